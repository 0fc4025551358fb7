// Invented feeds shared by the stories tests (an RSS feed, an Atom feed, an entity bomb).
export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- invented feed -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Brindle Gazette</title>
<item><title>Tram strike halts Ostervale &amp; suburbs</title><link>https://brindle.example/tram-strike</link>
<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Tram drivers in Ostervale walked out on Tuesday, the Ostervale transit union said.&lt;/p&gt;&lt;p&gt;Union secretary Halvard Quist said the strike would last two days.&lt;/p&gt;</description></item>
<item><title>Library reopens</title><link>https://brindle.example/library</link>
<content:encoded><![CDATA[<p>The Ostervale city library reopened on Monday after a two-year renovation, librarian Ysolde Farr said.</p>]]></content:encoded></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kestrel Review</title>
<entry><title type="text">Harbour dredging approved</title><link rel="alternate" href="https://kestrel.example/dredging"/>
<id>urn:kestrel:1</id><published>2026-03-05T12:00:00Z</published>
<content type="html">&lt;p&gt;The Ostervale harbour board approved dredging of the east channel on Thursday, board member Tamsin Roe said.&lt;/p&gt;</content></entry>
</feed>`;

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<rss version="2.0"><channel><title>&i;</title><item><title>&i;</title><description>&i;</description></item></channel></rss>`;
