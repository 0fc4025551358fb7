// Word lists for entity typing: titles, roles, honorifics, name keywords, and words that are never names. Hand-written, MIT.

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Honorifics before a person's name; the value is the gender they imply (undefined when none). */
const HONORIFIC_GENDER: Record<string, 'male' | 'female' | undefined> = {
  'mr': 'male', 'mr.': 'male', 'mrs': 'female', 'mrs.': 'female', 'ms': 'female', 'ms.': 'female', 'miss': 'female',
  'sir': 'male', 'dame': 'female', 'lord': 'male', 'lady': 'female', 'dr': undefined, 'dr.': undefined,
  'prof': undefined, 'prof.': undefined, 'rev': undefined, 'rev.': undefined, 'mx': undefined, 'mx.': undefined,
  'sen.': undefined, 'rep.': undefined, 'gov.': undefined, 'gen.': undefined, 'col.': undefined, 'capt.': undefined,
  'lt.': undefined, 'sgt.': undefined, 'adm.': undefined, 'maj.': undefined, 'cpl.': undefined, 'pvt.': undefined,
  'fr.': 'male', 'sr.': undefined, 'jr.': undefined, 'msgr.': 'male',
  'mullah': 'male', 'sheikh': 'male', 'sheik': 'male', 'maulvi': 'male', 'mawlawi': 'male', 'haji': undefined,
  'ayatollah': 'male', 'imam': 'male', 'emir': 'male', 'king': 'male', 'queen': 'female', 'prince': 'male',
  'princess': 'female', 'pope': 'male', 'father': 'male', 'sister': 'female', 'brother': 'male',
};

/**
 * Role and title head words: nouns that name what a person is ("spokesperson", "minister"). Used for titles before
 * names, appositives and definite descriptions. The value is the gender the word implies, if any.
 */
const ROLE_GENDER_LIST: Record<string, 'male' | 'female' | undefined> = {
  spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female', congressman: 'male',
  congresswoman: 'female', businessman: 'male', businesswoman: 'female', king: 'male', queen: 'female',
  prince: 'male', princess: 'female', actor: 'male', actress: 'female', emperor: 'male', empress: 'female',
  councilman: 'male', councilwoman: 'female', policeman: 'male', policewoman: 'female', anchorman: 'male',
  anchorwoman: 'female', widow: 'female', widower: 'male', husband: 'male', wife: 'female', mother: 'female',
  father: 'male', son: 'male', daughter: 'female', brother: 'male', sister: 'female', uncle: 'male', aunt: 'female',
  grandmother: 'female', grandfather: 'male', nephew: 'male', niece: 'female', boy: 'male', girl: 'female',
  man: 'male', woman: 'female', sheikh: 'male', mullah: 'male', ayatollah: 'male', pope: 'male', nun: 'female',
  monk: 'male', priest: 'male',
};

/** Honorific (lower case) -> the gender it implies; a Map, as look-ups run once per capitalised word. */
export const HONORIFICS = new Map(Object.entries(HONORIFIC_GENDER));
/** Role word -> the gender it implies. */
export const ROLE_GENDER = new Map(Object.entries(ROLE_GENDER_LIST));

export const ROLES = new Set<string>([
  ...ROLE_GENDER.keys(),
  ...words(`president vice-president president-elect premier chancellor minister ministers secretary undersecretary
  spokesperson spokespeople spokespersons spokesmen spokeswomen official officials envoy envoys ambassador diplomat
  diplomats senator senators representative lawmaker lawmakers legislator governor mayor deputy chief head leader
  leaders director directors chair ceo cfo coo cto executive executives founder cofounder co-founder owner
  president-elect candidate nominee commander general admiral colonel lieutenant captain sergeant major officer
  officers soldier soldiers analyst analysts expert experts adviser advisor advisers advisors aide aides counselor
  negotiator negotiators mediator predecessor successor member members judge justice attorney lawyer prosecutor
  prosecutors investigator investigators inspector commissioner sheriff superintendent economist economists professor
  researcher researchers scientist scientists reporter reporters journalist journalists correspondent editor
  columnist anchor host producer photographer author writer historian activist activists campaigner organizer
  protester protesters spokesperson-in-chief emir cleric imam bishop archbishop cardinal rabbi pastor preacher
  commentator strategist consultant pollster manager managers partner president's coach player players striker
  chairperson treasurer auditor regulator regulators banker bankers trader traders investor investors broker
  engineer engineers pilot pilots doctor doctors physician surgeon nurse nurses teacher student students
  resident residents witness witnesses survivor survivors victim victims suspect suspects detainee detainees
  prisoner prisoners hostage hostages fighter fighters militant militants commander-in-chief governor-general
  prime vice acting interim caretaker former ex- incumbent outgoing incoming senior junior top veteran
  staff secretary-general director-general attorney-general surgeon-general ombudsman dictator tyrant warlord
  patriarch monarch sultan shah tsar czar president's ruler rulers leader's chancellor's head's`),
]);

/** Role words that cannot be a description's head on their own (modifiers). */
export const ROLE_MODIFIERS = new Set<string>(words(`prime vice acting interim caretaker former ex- incumbent outgoing
  incoming senior junior top veteran deputy chief head assistant associate executive general foreign defense defence
  interior military finance economy economic trade justice health education energy foreign-affairs intelligence
  national international regional local state federal provincial district political religious supreme special
  principal managing lead co- first second third press communications security army navy air naval police border
  presidential ministerial diplomatic public`));

/** Adjectives and nouns that can sit inside a role phrase between a modifier and its head ("foreign ministry official"). */
export const ROLE_FILLERS = new Set<string>(words(`foreign defense defence interior military finance economy economic
  trade justice health education energy intelligence national international regional local state federal provincial
  district political religious supreme special principal managing lead press communications security army navy air
  naval police border presidential ministerial diplomatic public ministry department office agency government
  administration party council committee commission company group bank firm airline team campaign white house
  cabinet parliamentary congressional senate legal media information news operations affairs development
  hostage response staff deputy chief senior top acting former vice assistant associate general executive
  intelligence counterterrorism nuclear human rights humanitarian aid relief refugee refugees civil aviation
  transport transportation labor labour agriculture environment climate culture tourism sports science
  technology communications water oil gas mining industry commerce treasury budget tax customs immigration
  homeland interior police fire emergency disaster public health medical legal judicial electoral election
  opposition ruling coalition militia rebel insurgent taliban`));

/** Capitalised titles that stand before a name and are not part of it ("President", "Foreign Minister"). */
export const TITLE_WORDS = new Set<string>(words(`president vice prime minister secretary chancellor premier senator
  sen. rep. representative congressman congresswoman governor gov. mayor ambassador envoy general gen. admiral adm.
  colonel col. lieutenant lt. captain capt. sergeant sgt. major maj. commander corporal cpl. private pvt. marshal
  judge justice chief deputy director chairman chairwoman chair ceo cfo coo spokesman spokeswoman spokesperson
  king queen prince princess emperor empress pope cardinal archbishop bishop rabbi imam ayatollah sheikh sheik
  emir sultan mullah maulvi mawlawi haji foreign defense defence interior finance justice health education
  energy trade acting interim former speaker leader commissioner inspector superintendent sheriff detective
  officer professor prof. dr. doctor mr. mrs. ms. mr mrs ms miss mx. sir dame lord lady rev. reverend father
  sister brother pastor attorney solicitor auditor chancellor president-elect secretary-general director-general
  executive operating financial vice-president vice-chairman
  attorney-general surgeon-general lord mp mep minister-president`));

/** Words that end an organization name ("Defense Ministry", "Bakhtar News Agency"). */
export const ORG_KEYWORDS = new Set<string>(words(`ministry department agency press party inc inc. corp corp.
  corporation co co. company companies ltd ltd. llc plc ag sa gmbh group holdings bank university college school
  institute institution foundation association council committee commission authority board bureau office
  organization organisation union federation league alliance coalition front movement network news times post
  journal herald tribune gazette telegraph chronicle review magazine radio tv television broadcasting
  channel service services army navy force forces police guard guards brigade brigades battalion regiment corps
  command court parliament assembly senate congress cabinet government administration airlines airline airways
  motors industries systems technologies labs laboratories pharmaceuticals energy petroleum oil bancorp trust fund
  exchange club team church mosque hospital clinic centre center society academy studio studios records group
  wire ledger courier observer standard mirror express examiner inquirer dispatch bulletin daily weekly sentinel
  monitor tribune star globe chronicle taliban`));

/** Words that end a place name ("Bagram Air Base", "Helmand Province"). */
export const PLACE_KEYWORDS = new Set<string>(words(`base airbase airport airfield port harbour harbor street st.
  avenue ave. road boulevard square bridge river mountain mountains mount mt. valley lake sea ocean gulf bay
  island islands peninsula coast desert province provinces state county district city town village region
  territory territories border strait canal park plaza highway prison camp compound palace stadium quay wharf
  pier docks harbour`));

/** Words that end names of events, laws and documents: typed "other" ("Doha Agreement"). */
export const OTHER_KEYWORDS = new Set<string>(words(`agreement accord accords treaty deal act bill law pact
  doctrine plan protocol convention declaration resolution charter constitution summit talks conference
  war wars revolution uprising crisis election elections award awards prize cup games olympics championship
  festival day week operation initiative program programme project strategy policy index`));

export const MONTHS = new Set<string>(words(`january february march april may june july august september october
  november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
  nov nov. dec dec.`));

export const WEEKDAYS = new Set<string>(words(`monday tuesday wednesday thursday friday saturday sunday mon tue tues
  wed thu thur thurs fri sat sun`));

/**
 * Capitalised words that are never the start of a name: determiners, pronouns, conjunctions, prepositions,
 * sentence adverbs and other frequent sentence openers.
 */
export const NEVER_NAMES = new Set<string>(words(`a an the this that these those it its he she they we i i'm i've
  i'll i'd you your my our their his her him them us me who whom whose what which when where why how whether
  if then than so but and or nor yet for of in on at by to from with without within into onto upon about above
  below after before during since until till while although though because as like unlike despite against
  among amid between through throughout over under around near across along beyond toward towards per via
  meanwhile however moreover furthermore also still even just only already again instead indeed thus hence
  therefore otherwise earlier later recently now today tonight yesterday tomorrow here there yes no not
  asked according some many most all both each every either neither any few several such other another
  once twice perhaps maybe please thanks thank oh well okay ok mr mrs ms dr sir madam let let's it's that's
  there's here's what's who's don't doesn't didn't won't can't isn't aren't wasn't weren't we're they're
  you're we've they've we'll they'll he's she's do does did done be is are was were been being have has had
  will would shall should can could may might must saying says said told added noted claimed stated
  wrote reported speaking posting writing citing responding following including excluding regarding
  additionally separately similarly finally overall nevertheless nonetheless accordingly specifically
  notably particularly generally currently previously initially ultimately eventually apparently reportedly
  officially allegedly clearly certainly obviously unfortunately fortunately surprisingly interestingly
  importantly absolutely exactly really very too quite rather almost nearly about approximately roughly`));

/** Capitalised words that start a name only when another capitalised word follows ("New York", "National Bank"). */
export const SOFT_STARTERS = new Set<string>(words(`one two three four five six seven eight nine ten first second
  third last next new more less much local national international global official foreign domestic senior top
  former current great grand royal central northern southern eastern western north south east west upper lower
  old young big little high supreme federal general united free open`));

/** Abbreviations written in capitals that are not names: units, time zones, currencies, technical terms. */
export const NOT_NAME_ACRONYMS = new Set<string>(words(`utc gmt bst est edt pst pdt cet cest ist am pm a.m. p.m.
  vip sdk api gdp cpi usd eur gbp jpy cny gb kg km mph kph ft mm cm tv hd dvd cd pc os it ai ui faq pdf usb
  gps hiv aids dna rna covid led lcd id ok rip lol omg diy asap aka etc vs pr hr q1 q2 q3 q4 yoy ipo m&a r&d
  ii iii iv vi vii viii ix xi xii`));

/** Verbs of saying and similar: a bare capitalised word before one is likely a person or an organization. */
export const SPEECH_VERBS = new Set<string>(words(`said says say told tells added adds noted notes claimed claims
  stated states wrote writes reported reports insisted insists urged urges warned warns argued argues answered
  answers replied replies explained explains announced announces declared declares confirmed confirms denied
  denies tweeted tweets posted posts asked asks demanded demands criticized criticised accused accuses praised
  praises called calls rejected rejects acknowledged admitted suggested said: remarked commented recalled
  continued concluded emphasized emphasised stressed`));

/** Given names common across languages: a chunk that starts with one is a person when nothing else types it. */
export const GIVEN_NAMES = new Set<string>(words(`james john robert michael william david richard joseph thomas
  charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
  timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
  benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
  douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold
  dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne
  randy vincent mason roy ralph bobby russell bradley philip eugene mary patricia jennifer linda elizabeth
  barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle carol
  amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela shirley brenda
  emma anna nicole helen samantha katherine christine debra rachel carolyn janet maria catherine heather diane
  olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan
  cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice
  judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany
  doris kayla alexis lori marie joe hillary kamala nancy mike ron bernie elon jeff bill tim steve mitch chuck
  rishi keir boris theresa tony gordon emmanuel angela olaf friedrich vladimir volodymyr xi narendra imran
  shehbaz recep benjamin mahmoud ali hassan hussein mohammad muhammad mohammed ahmed ahmad omar umar abdul
  abdullah khalid hamid karim rahim amir nasser ibrahim ismail yusuf mustafa mehmet fatima aisha
  leila maryam sergei dmitry alexei ivan olga natalia yuri andrei mikhail pierre jean francois marie
  jacques louis hans klaus wolfgang jurgen angela carlos luis jorge miguel pedro juan manuel antonio
  francisco javier rafael alejandro diego pablo giorgia giuseppe marco luca matteo hiroshi takeshi kenji
  yuki shinzo fumio kim lee park chen wang li zhang liu yang huang wei jin raj rahul amit priya sanjay
  arvind anil sunil vijay ravi ashraf anwar
  najib nawaz asif bilal tariq faisal salman jamal khaled walid samir sami nabil martin luther steve
  stephen scott jim tom bob rob dan dave greg matt chris nick pete sam ben max alex andy tony ted fred ed phil
  phillip neil neal carlos oscar hugo victor felix leo leon marcus simon owen lewis liam harry oliver jake luke
  ian colin graham nigel alastair alistair gavin duncan hamish angus fergus rory sean seamus declan conor
  niall ciaran eamon enda micheal leo nikki lindsey lindsay kristi kristen kirsten tina gina rosa rose lily
  ella eva ava mia zoe chloe lucy sophie amelia isla freya jessie jess kate katie beth ellie molly holly
  jenny penny polly sally nina lena lina vera irina tatiana svetlana yulia elena anastasia ekaterina
  xavier yves rene andre claude gerard bernard alain philippe nicolas francoise christophe thierry laurent
  marine segolene dominique ursula annalena heinz horst gerhard helmut werner dieter uwe jens lars sven nils
  olaf erik anders magnus bjorn henrik mette sanna jacinda justin pierre-elie mario matteo silvio sergio
  enrico paolo lorenzo giovanni francesca chiara roberto alessandro fernando ricardo rodrigo gustavo
  eduardo andres alberto ignacio santiago mauricio gabriela valentina camila lucia isabel carmen dolores
  ana beatriz inacio lula jair dilma nicolas evo hugo daniel alvaro gustavo claudia andres javier
  felipe pedro joao marcelo antonio nuno rui joao-paulo shinzo yoshihide fumio shigeru taro junichiro naoto
  moon yoon kim park lee jae-in suk-yeol jong-un kyung min-jun seo-yeon ji-ho xi li hu wen zhou deng mao
  jiang wang liu zhao sun ma chen lin guo he gao luo song tang han feng yu dong xiao cheng cao yuan
  tsai ying-wen lai ching-te narendra rahul sonia manmohan atal amit arvind mamata yogi nitin smriti
  nirmala subrahmanyam jaishankar ajit shashi imran nawaz shehbaz bilawal benazir asim pervez ashraf
  hamid ashraf abdullah hamid karzai ahmad shah massoud ismail gulbuddin mullah mohammad omar yaqoob
  recep ahmet mevlut hakan kemal erdogan bashar hafez maher hosni abdel fattah anwar gamal mohamed
  mohamed-bin khalifa tamim hamad sultan qaboos haitham faisal turki bandar nayef muqrin alwaleed
  ali-akbar hassan mahmoud ebrahim masoud javad abbas mojtaba qassem ruhollah akbar hashemi mir-hossein
  benny yair naftali yitzhak shimon ehud ariel golda menachem yoav gideon avigdor itamar bezalel isaac
  ron moshe avi david yossi eli ilan amir uri ayelet miri tzipi gilad ismail yahya khalil marwan
  volodymyr petro viktor yulia vitali vitaliy oleksandr oleksiy andriy dmytro denys serhiy mykola
  vladimir dmitry sergei sergey alexei alexey aleksandr nikolai yevgeny evgeny maria valentina ramzan
  mikhail boris gennady ruslan igor oleg pavel anatoly leonid viktor alexander lukashenko aliaksandr
  jens mark-rutte ursula charles michel josep donald-tusk andrzej mateusz jaroslaw beata viktor
  emmanuel edouard jean-luc eric jordan marine gabriel elisabeth michel francois jacques nicolas
  rishi liz boris theresa david gordon tony john keir angela rachel yvette wes ed sadiq nicola humza
  joe kamala barack michelle hillary bill george laura mike jd pete antony lloyd janet merrick
  alejandro jake susan condoleezza colin dick donald rex marco kristi tulsi kash pam robert elise
  steve stephen karoline ron gavin greg kathy andrew letitia eric bernie elizabeth nancy chuck mitch
  kevin hakeem jim mike ted lindsey rand marjorie lauren matt adam jamie ilhan alexandria rashida
  ayanna cory raphael jon mark tim jd vivek nikki asa chris doug mike-pence jill hunter ivanka
  jared melania tiffany eric barron elon jeff mark sundar satya tim sam dario jensen larry sergey
  warren charlie jamie brian mary ginni ursula christine jerome janet lael ben alan paul`));
