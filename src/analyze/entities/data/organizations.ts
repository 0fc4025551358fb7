// Organization gazetteer: international bodies, governments' well-known bodies, groups, news outlets, social platforms, large companies. Hand-written, MIT.

/**
 * One entry per line: canonical name first, then aliases, separated by `|`. A leading `~` marks a name that is also a
 * common word: it counts only away from the start of a sentence.
 */
export const INTERNATIONAL = `United Nations|UN|U.N.
UN Security Council|United Nations Security Council|Security Council
UN General Assembly|United Nations General Assembly|General Assembly
UNICEF
UNHCR
UNESCO
World Health Organization|WHO
World Bank
International Monetary Fund|IMF
World Trade Organization|WTO
North Atlantic Treaty Organization|NATO
European Union|EU|E.U.
European Commission
European Parliament
European Central Bank|ECB
Council of Europe
African Union|AU
Arab League|League of Arab States
Association of Southeast Asian Nations|ASEAN
Organization of the Petroleum Exporting Countries|OPEC
Organisation for Economic Co-operation and Development|OECD
Group of Seven|G7|G-7
Group of Twenty|G20|G-20
BRICS
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
International Committee of the Red Cross|ICRC|Red Cross
Amnesty International
Human Rights Watch
Doctors Without Borders|Medecins Sans Frontieres|MSF
Interpol
Shanghai Cooperation Organisation|SCO
Gulf Cooperation Council|GCC
Organization of Islamic Cooperation|OIC
~Federal Reserve|Fed
Pentagon
White House
Kremlin
Downing Street
Congress|US Congress|U.S. Congress
Senate|US Senate|U.S. Senate
House of Representatives
Supreme Court
State Department|US State Department|U.S. State Department|Department of State
Defense Department|Department of Defense|DoD
Justice Department|Department of Justice|DOJ
Department of Homeland Security|DHS
Treasury|Treasury Department
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
Securities and Exchange Commission|SEC
Federal Aviation Administration|FAA
Environmental Protection Agency|EPA
NASA
Parliament
Bundestag
Knesset
Duma
Taliban
Islamic State|ISIS|ISIL|Daesh
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda
Hamas
Hezbollah
Houthis|Houthi
Haqqani Network
Muslim Brotherhood
Boko Haram
al-Shabab|Al-Shabab
Democratic Party|Democrats
Republican Party|Republicans|GOP
Labour Party|Labour
Conservative Party|Conservatives|Tories
Communist Party`;

/** News outlets and agencies (subtype outlet). */
export const OUTLETS = `Associated Press|AP|The Associated Press
Reuters
Agence France-Presse|AFP
France 24|France24
BBC|BBC News|British Broadcasting Corporation
CNN
CNBC
MSNBC
~Fox News|Fox
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR|National Public Radio
PBS
Bloomberg|Bloomberg News
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Los Angeles Times|LA Times
USA Today
The Guardian|Guardian
The Times
The Telegraph|Daily Telegraph
The Independent
Financial Times|FT
The Economist|Economist
Politico
Axios
Al Jazeera|Aljazeera
Al Arabiya
Jerusalem Post|The Jerusalem Post
Haaretz
Times of Israel|The Times of Israel
Der Spiegel|Spiegel
Le Monde
Deutsche Welle|DW
Euronews
Sky News
RT|Russia Today
TASS
Xinhua
Kyodo|Kyodo News
Yonhap
NHK
Press TV
Anadolu|Anadolu Agency
~Dawn
Tolo News|TOLOnews
Pajhwok|Pajhwok Afghan News
Voice of America|VOA
Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL
United Press International|UPI
Newsweek
~Time
The Atlantic
The Hill
Business Insider
HuffPost|Huffington Post
Wikinews
Channel 4|Channel 4 News
ITV|ITV News
~Sky
Nikkei
South China Morning Post|SCMP
Global Times
The Hindu
Hindustan Times
Times of India|The Times of India
Arab News
Gulf News
Daily Mail
~The Sun
New York Post
Le Figaro
El Pais|El País
Corriere della Sera
La Repubblica
Interfax
Ukrinform
Kyiv Independent|The Kyiv Independent`;

/** Social platforms (subtype platform). "X" alone is only a platform after on/via/to, or as "X, formerly Twitter". */
export const PLATFORMS = `X|X.com
Twitter
Truth Social
Facebook
Instagram
~Threads
TikTok
YouTube
Telegram
WhatsApp
Bluesky
Reddit
LinkedIn
Snapchat
WeChat
Weibo
Mastodon
Substack
Rumble
Gettr`;

/** Large companies: typed organization when seen alone. */
export const COMPANIES = `Apple
Google|Alphabet
Microsoft
Amazon
~Meta|Meta Platforms
Tesla
SpaceX
Nvidia
Intel
IBM
Oracle
Samsung
Sony
Toyota
Honda
Nissan
Volkswagen|VW
BMW
Mercedes-Benz|Daimler
General Motors|GM
Ford|Ford Motor Company|Ford Motor
Chrysler
Fiat
Stellantis
Boeing
Airbus
Lockheed Martin
Northrop Grumman
Raytheon
General Electric|GE
Siemens
ExxonMobil|Exxon
Chevron
~Shell
BP
Saudi Aramco|Aramco
Gazprom
Walmart
Netflix
Disney
OpenAI
Anthropic
Huawei
Alibaba
Tencent
ByteDance
Goldman Sachs
JPMorgan|JPMorgan Chase|J.P. Morgan
Morgan Stanley
Citigroup|Citi
Bank of America
HSBC
Barclays
Deutsche Bank
UBS
BlackRock
~Visa
Mastercard
Pfizer
Moderna
Johnson & Johnson
Coca-Cola
PepsiCo
McDonald's
Starbucks
Nike
Uber
Lufthansa
~Emirates
Qatar Airways
Ryanair
~Delta|Delta Air Lines
United Airlines
American Airlines
British Airways
Air France`;
