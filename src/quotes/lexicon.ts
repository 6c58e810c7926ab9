/**
 * Word lists of the quote pass. All entries are lower case; look them up with a token's
 * `normal` (lower case, curly apostrophes straightened) with any final period removed.
 */

import { PUBLIC_FEMALE_NAMES, PUBLIC_MALE_NAMES } from './givenNames.ts';

const set = (words: string, ...more: ReadonlySet<string>[]): ReadonlySet<string> =>
  new Set([...words.trim().split(/\s+/), ...more.flatMap((m) => [...m])]);

/**
 * Verbs that introduce or attribute speech, in the forms news uses them. Present and past tense
 * (`says`, `said`) and the participles that carry on an attribution (`adding that ...`).
 */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell telling added adds adding noted notes noting
  posted posts wrote writes writing concluded concludes emphasized emphasised emphasizes emphasises emphasizing emphasising
  confirmed confirms insisted insists insisting explained explains explaining stated states
  declared declares argued argues arguing claimed claims claiming replied replies responded responds
  warned warns warning stressed stresses stressing announced announces acknowledged acknowledges
  admitted admits observed observes remarked remarks recalled recalls continued continues
  tweeted tweets commented comments suggested suggests urged urges predicted predicts
  vowed vows promised promises reiterated reiterates asserted asserts maintained maintains
  countered counters retorted retorts conceded concedes cautioned cautions lamented laments complained complains
  quipped quips joked jokes shouted yelled whispered wondered asked asks answered answers
  explained pointed reported reports testified testifies denied denies repeated repeats reaffirmed reaffirms
`);

/** Speech verbs that make a reported statement of the clause after them (`Bruce noted that ...`). */
export const REPORT_VERBS = set(`
  said says told tells added adds noted notes confirmed confirms insisted insists explained explains
  stated states declared declares argued argues claimed claims warned warns stressed stresses
  emphasized emphasised emphasizes emphasises announced announces acknowledged acknowledges admitted admits
   suggested suggests urged urges predicted predicts vowed vows promised promises
  reiterated reiterates asserted asserts maintained maintains cautioned cautions
  denied denies testified testifies wrote writes posted posts tweeted tweets repeated repeats reaffirmed reaffirms
`);

/** Participles that carry a reported statement on after an attribution (`..., Bruce said, adding that ...`). */
export const REPORT_PARTICIPLES = set(
  `adding noting saying insisting stressing warning explaining arguing claiming emphasizing emphasising`,
);

/**
 * The narrower six that carry the speaker's own words on (`"…," said Pat Hodgkin, …, noting that …`;
 * a name after `adding that` is reported about, not speaking): read by coref.ts and document.ts.
 */
export const OWN_WORDS_PARTICIPLES = set(`adding noting saying insisting stressing explaining`);

/**
 * Verbs by which one person judges another (`Willetts accused Mr Blunkett of …`, `Ferguson praised
 * Wayne Rooney`): the one judged is talked about, so a `he said` after it is the judge's.
 */
export const JUDGING_VERBS = set(
  `accused praised criticised criticized attacked blamed condemned thanked congratulated applauded hailed slammed rebuked lambasted urged challenged`,
);
/** Their plain forms (`refused to blame referee Mike Riley`): whom they judge is talked about too, though they frame no quote. */
export const JUDGING_PLAIN_FORMS = set(
  `accuse praise criticise criticize attack blame condemn thank congratulate applaud hail slam rebuke lambast`,
);

/**
 * Words that tell of a speech without quoting it (`Phil Neville later spoke to fans at …`, `Mr
 * Blunkett hit back in a speech to …`): the quote paragraphs after it are that speech.
 */
export const SPEECH_EVENTS = set(`spoke addressed speech told interview briefing`);

/** Verbs of declining to speak: `Bruce declined to comment on ...` is a reported statement. */
export const DECLINE_VERBS = set(`declined declines refused refuses`);
export const DECLINE_OBJECTS = set(
  `comment say speak discuss elaborate answer specify confirm disclose respond speculate`,
);

/**
 * Titles and roles that stand before a name (`President Donald Trump`, `State Department
 * spokesperson Tammy Bruce`): never part of the name, kept as the speaker's description. British
 * police ranks are written short (`Det Insp`, `Ch Supt`, `PC`, `DCI`) and are titles too.
 */
export const TITLES = set(`
  president vice secretary under deputy minister prime chief chairman chairwoman chair chairperson
  director governor gov senator sen representative rep congressman congresswoman mayor ambassador
  envoy commissioner chancellor speaker leader spokesperson spokesman spokeswoman officer captain capt
  colonel col lieutenant lt sergeant sgt admiral adm commander cmdr general gen dr doctor prof professor
  sir dame lord lady rev reverend pastor archbishop cardinal rabbi imam sheikh coach attorney
  ceo cfo coo cto founder co-founder executive manager inspector detective det constable const corporal cpl superintendent
  insp supt ch pc dc dci dcs wpc
  assistant associate acting former interim first principal head   adviser advisor
  analyst economist strategist lawmaker legislator diplomat spokesperson premier judge justice
  treasurer auditor counsel negotiator president-elect vice-president pope queen chairmen
  justice minister-president mp mep msp ag attorney-general solicitor-general surgeon-general
  councilman councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman selectman
  trustee mediator
  mr mrs ms miss mx messrs
  prince princess baroness viscount viscountess duchess countess marquess
`);
/** A word as written is a title, whatever its case and with or without its full stop (`Dr.`, `Professor`). */
export const isTitle = (word: string): boolean => TITLES.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * Words of a title that do not, alone, make a person of the name after them: `General Automation`,
 * `First Boston`, `the former Yugoslavia`.
 */
export const WEAK_TITLES = set(
  `general first former acting interim head principal senior under vice associate assistant`,
);

/** Honorifics: kept out of both the name and the description; some tell a gender. */
export const HONORIFICS = set(
  `mr mrs ms miss mx messrs sir dame lord lady prince princess baroness viscount viscountess duchess countess marquess`,
);
/**
 * Academic and medical titles, said with the full name and the surname alike (`Dr`, `Prof`): like an
 * honorific, they say nothing of the person's role.
 */
export const STYLES = set(`dr doctor prof professor`);
export const MALE_HONORIFICS = set(`mr sir lord prince viscount marquess`);
export const FEMALE_HONORIFICS = set(`mrs ms miss dame lady princess baroness viscountess duchess countess`);
/**
 * Titles that are evidence of who someone is, not just of courtesy: a peer is called by title and
 * surname (`Lord Nicholls`, `Baroness Kennedy`), royalty by title and first name (`Prince Charles`).
 * Such a mention joins only a person seen with the same title, or the one person the article
 * names with that surname.
 */
export const PEER_TITLES = set(`lord lady baroness viscount viscountess countess marquess`);
export const ROYAL_TITLES = set(`prince princess duchess`);

/** Role nouns written in lower case that can stand before a name (`spokesperson Tammy Bruce`). */
export const LOWERCASE_ROLES = set(`
  spokesperson spokesman spokeswoman minister secretary president chairman chairwoman chair
  director governor senator representative mayor ambassador envoy commissioner chancellor leader
  officer  adviser advisor analyst economist strategist lawmaker legislator diplomat
  executive ceo founder co-founder manager chief head deputy general commander captain coach
  lawyer attorney professor researcher scientist expert activist candidate premier judge
  negotiator correspondent editor author columnist critic reviewer chief-executive vice reporter historian
  prosecutor investigator spokespeople consultant    banker  principal
  treasurer counsel aide agronomist meteorologist forecaster engineer specialist    delegate
  sheriff player writer publisher  actor actress singer artist musician designer architect
  doctor nurse surgeon physician psychologist teacher pastor priest bishop rabbi imam campaigner
  organizer organiser volunteer  farmer   unionist nominee consul observer
  politician statesman administrator superintendent commissioner controller auditor
  analysts economists    bankers  executives lawyers experts
  wing winger striker goalkeeper keeper midfielder defender fly-half scrum-half flanker batsman bowler skipper
  lock prop hooker wicketkeeper spinner seamer peer opener
  boss referee jockey golfer sprinter athlete full-back centre-back presenter comedian solicitor
  barrister coroner clerk councillor councilor poet constable policeman policewoman
  trainer promoter
  pensioner resident shopkeeper landlord landlady publican grandmother grandfather widow widower
  student motorist commuter passenger vicar midwife paramedic firefighter cyclist driver
  spectator onlooker bystander fan supporter
  briton spaniard welshman welshwoman englishman englishwoman irishman irishwoman scotsman scotswoman
  frenchman frenchwoman dutchman ulsterman yorkshireman cornishman londoner
`);

/** Participles wink tags as verbs that open a role before its noun (`managing director`, `acting chairman`). */
export const ROLE_PARTICIPLES = set(
  `managing acting presiding consulting supervising commanding ranking founding retiring outgoing`,
);

/** Roles that tell a gender. */
export const MALE_ROLES = set(`spokesman chairman congressman businessman king prince father brother son husband`);
export const FEMALE_ROLES = set(
  `spokeswoman chairwoman congresswoman businesswoman queen princess mother sister daughter wife`,
);

/**
 * A firm's abbreviations. Written with its period (`Ltd.`) one may end a sentence that wink does not
 * split there (`… director of Hoare Govett Asia Ltd. Jardine Matheson's shares …`).
 */
export const FIRM_ABBREVIATIONS = set(`ltd inc corp co plc llc`);

/** News agencies: `Monsod told Reuters Finance Secretary Jaime Ongpin …` puts one before a title. */
export const AGENCIES = set(`reuters ap afp bloomberg`);

/** The articles: what may open the noun phrase of a role, a body or a name (`the chairman`, `a Drexel spokesman`). */
export const ARTICLES = set(`a an the`);

/** The indefinite articles alone: `a Drexel spokesman`, `, a Dallas brokerage` (a kind, not one named before). */
export const INDEFINITE_ARTICLES = set(`a an`);

/** Words that join the parts of a role or organisation (`Secretary of State for Political Affairs`). */
export const CONNECTORS = set(`of for the and & de`);

/** Lower-case particles inside personal names (`Ursula von der Leyen`, `Charles de Gaulle`). */
export const NAME_PARTICLES = set(`von van der den de da del della di du la le bin ibn al el ter dos das`);

/**
 * A firm's trade in the plural, the last word of its name (`Hartwell Foods`, `Carewell Homes`,
 * `Fellside Renewables`, `Greenhill Estates`, `Tywi Valley Dairies`): a body's, never a person's
 * surname; and a body speaking under the name's first word alone is the firm named in full
 * (`Meadowcare said` for Meadowcare Homes, document.ts).
 */
export const TRADE_WORDS = set(`foods homes estates dairies bakeries renewables`);

/**
 * Capitalised words that mark a run of proper nouns as an organisation, a place, an event or a
 * thing rather than a person (`State Department`, `Truth Social`, `Indus Waters Treaty`).
 */
export const NON_PERSON_WORDS = set(
  `
  department ministry office party council committee commission agency bank group company corporation
  corp inc ltd llc plc co university college institute association union court police service services
  times post journal news press nations states kingdom republic federation foundation fund board
  authority administration army forces force navy air staff government parliament senate congress assembly
  club united fc town rovers wanderers athletic albion city county center centre hospital school airlines airways media network channel tv
  radio magazine organization organisation exchange reserve pentagon kremlin house street square road
  avenue social tribune herald daily weekly monthly gazette telegraph reuters ap afp bloomberg treaty act bill accord
  agreement summit games cup league championship olympics airport station church mosque temple museum
  diocese archdiocese synod
  prize award awards festival week north south east west northern southern eastern western central
  republican republicans democrat democrats democratic conservative conservatives liberal liberals labour labor tory tories
  islamic affairs security homeland defense defence interior finance treasury commerce trade health
  education energy environment agriculture transport transportation culture exchequer justice state
  foreign home international national federal global world europe european asia asian africa african
  america american middle waters valley island islands sea ocean river lake mountain mountains
  peninsula gulf coast bay desert strait canal region province district territory capital
   tower palace airport port bridge  stadium arena hotel market markets index stock stocks
  ltd holdings partners capital ventures systems technologies technology software motors energy oil
  petroleum gas airlines pharmaceuticals labs laboratories studios records entertainment
  mission initiative programme program project plan operation campaign movement alliance coalition
  rail railway railways trains buses ferries hospice hospices zoo
  front brigade battalion division command corps guard guards militia
  twitter facebook instagram youtube tiktok google apple microsoft amazon meta telegram whatsapp
  god allah jesus christ lord
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  sept sep oct nov dec jan feb mar apr jun jul aug
  mondays tuesdays fridays spring summer autumn fall winter christmas easter ramadan eid
  chamber chambers commerce society confederation guild forum institution consortium
  internet web online covid coronavirus new san los las saint st fort mount
  mv hms rms
  research institutions industries resources securities investments investment trust insurance financial
  mortgage savings loan associates consultants electronics chemicals steel metals mining brothers
  laboratories economics analysis advisers advisors management marketing communications
  ag sa nv bv gmbh spa kk llp lp pty bhd ab asa oy srl sarl ltda cie limited incorporated
  bafta baftas oscar oscars grammy grammys emmy emmys brits globes ballet opera orchestra theatre theater
  show shows series film films album albums sitcom soap musical tour
`,
  TRADE_WORDS,
);

/**
 * Lower-case nouns for a kind of organisation, which a name set off by commas after them belongs to
 * (`The train operator, Northern Link, said`, `Its parent company, Acme Holdings, said`). Nouns
 * that are also people's jobs (`publisher`, `producer`) are left out.
 */
export const ORGANISATION_NOUNS = set(`
  operator company firm group developer builder charity union council body organisation organization
  association society trust club retailer chain airline carrier broadcaster regulator watchdog
  manufacturer maker bank lender insurer brewer brewery supermarket network provider supplier contractor
  partnership consortium federation institute authority board committee commission agency department
  ministry quango operators franchise utility league diocese party
`);

/**
 * Nouns for a kind of body that, alone and capitalised (`the Bank said`, `the Ministry said`, `Police
 * said`), name no one body: the bank, ministry or police force of the story, a different one in each.
 * (`the Treasury` is not among them: British copy writes it for the one Treasury, as `the Home Office`.)
 */
export const GENERIC_BODIES = set(`
  bank ministry commission department government administration company corporation police court fund
  agency board council committee authority exchange office bureau institute union association
  federation service group firm trust society executive
`);

/**
 * A day or a month after one of these prepositions opens a time phrase, no name, even when a name
 * follows it with no comma (`On Friday Mr Shultz told reporters`, `In January Secretary of State
 * George Shultz told …`).
 */
export const DAYS_AND_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);
export const TIME_PREPOSITIONS = set(`on in by since until till from during`);

/**
 * Plural nouns for people that open a body's name before `of` (`Friends of the Earth`, `Doctors of
 * the World`, `Veterans of Foreign Wars`): such a run is the body's, never a person `of` a place.
 */
export const BODY_PLURALS = set(
  `friends doctors reporters veterans mothers fathers parents citizens families guardians`,
);

/**
 * Plural nouns for unnamed people holding a post (`Opposition MPs`, `U.S. Officials`, `Republican
 * Congressmen`): a run ending in one is a group nobody named, neither a person nor a body.
 */
export const GROUP_PLURALS = set(
  `mps officials ministers congressmen senators diplomats peers councillors backbenchers sources`,
);

/**
 * Words of `NON_PERSON_WORDS` that are common surnames too: after a given name they end a person's
 * name (`Ian Winter QC`, `Theresa May`, `Oliver North`, `Simon Lord`), not a date's or a place's
 * (nor, for `Lord`, a peer's title: `Mr Lord` is a surname after an honorific).
 */
export const SURNAME_WORDS = set(`winter summer may march north west lord`);

/**
 * Works, shows, awards and events: never a speaker, not even as an organisation when alone (`Oscar`,
 * `Ballet`). A league is not one: the league that speaks is the body that runs it (`the Football
 * League said in a statement`, `the Anti-Defamation League said`).
 */
export const WORKS = set(`
  oscar oscars grammy grammys emmy emmys globes ballet opera show shows series film films album albums
  sitcom soap musical tour festival cup games olympics championship championships final
  award awards prize
`);

/** Countries, nationalities, regions and big cities: never a speaker by name. */
export const PLACES = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
  bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo costa croatia
  cuba cyprus czechia czech denmark djibouti dominica ecuador egypt salvador eritrea estonia eswatini
  ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana
  haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
  mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
  netherlands holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda samoa sanmarino saudi senegal serbia
  seychelles sierra singapore slovakia slovenia somalia spain lanka sudan suriname sweden switzerland syria
  taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkiye turkmenistan tuvalu uganda
  ukraine emirates uae uk us usa uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
  britain england scotland wales kashmir gaza crimea arabia rica leone lucia verde herzegovina tibet xinjiang hongkong kong macau palestine
  afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani
  bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian cambodian cameroonian
  canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
  egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian german
  ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
  israeli italian jamaican japanese jordanian kazakh kenyan korean kuwaiti kyrgyz lao latvian lebanese
  liberian libyan lithuanian malaysian maltese mexican moldovan mongolian moroccan mozambican nepalese
  nigerian norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese
  qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali
  spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan
  ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean kashmiri arab arabs
  washington london paris berlin moscow beijing tokyo delhi mumbai islamabad karachi lahore kabul tehran
  baghdad damascus beirut cairo riyadh dubai doha ankara istanbul jerusalem tel aviv kyiv kiev minsk
  warsaw rome madrid lisbon brussels amsterdam vienna prague budapest athens stockholm oslo copenhagen
  helsinki dublin edinburgh geneva zurich ottawa toronto montreal vancouver sydney melbourne canberra
  auckland wellington singapore bangkok jakarta manila hanoi seoul pyongyang taipei shanghai hong kong
  york angeles chicago boston houston dallas miami atlanta seattle francisco california texas florida
  ohio virginia carolina michigan pennsylvania arizona nevada colorado oregon minnesota wisconsin iowa
  missouri kentucky tennessee alabama mississippi louisiana arkansas oklahoma kansas nebraska dakota
  montana wyoming idaho utah alaska hawaii maine vermont hampshire massachusetts connecticut jersey
  delaware maryland brooklyn manhattan westminster whitehall downing wall silicon hollywood
  nairobi lagos johannesburg pretoria addis khartoum tripoli tunis algiers rabat havana caracas bogota
  lima santiago brasilia buenos aires mexico dhaka kathmandu colombo tashkent almaty baku tbilisi yerevan
`);

/**
 * A firm's legal form, the words that close its name (`Eastman Kodak Co`, `Hanson plc`, `Shell Oil
 * Corp`): the base of each rule's set of a firm's closing words, which adds what that rule needs.
 */
/**
 * Words that end a firm's name but may stand inside a body's (`Golden Gate Futures`, but `Commodity
 * Futures Trading Commission`, whose name `Futures` must not cut): only a name's last word is looked at.
 */
export const FIRM_LAST_WORDS = set(`futures commodities`);
/** Countries a firm names its arm for (`Volkswagen of America`, `Honda of Canada`). */
export const FIRM_COUNTRIES = set(`america canada japan britain australia germany france`);
export const LEGAL_FORMS = set(`co inc ltd plc corp llc`);
/** LEGAL_FORMS and `words`. */
export const withLegalForms = (words: string): ReadonlySet<string> => new Set([...LEGAL_FORMS, ...set(words)]);

/**
 * Given names with a clear gender, to split two candidates for `he` / `she`: the public lists of
 * ./givenNames.ts (written by tests/quotes/given-names.ts, which states what it leaves out) and the
 * hand lists below, which add what those miss (world leaders, British and other names) and take
 * back common words those leave out on purpose (`Mark`, `Bill`, `Grace`). A name in both tells no
 * gender.
 */
export const HAND_MALE_NAMES = set(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
  ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
  alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
  peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan
  arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah
  wayne randy vincent mason roy ralph bobby russell bradley philip eugene boris vladimir emmanuel
  joe barack bill marco ted mike rishi keir narendra imran shehbaz nawaz asif ali bilawal
  xi antony lloyd jake pete rex elon jeff tim sundar satya warren mitch chuck kevin hakeem olaf
  friedrich recep benjamin volodymyr sergei dmitry ahmed mohammed muhammad mohammad omar
  hassan hussein abdullah khalid khaled ibrahim mahmoud yusuf ismail rahul amit jair luis carlos pedro
  rob dan danny phil alex nick tom ben sam jim ken ed tony gordon ian neil graham nigel colin clive
  alistair malcolm hugh simon martin ivan lars hans sven jari
`);
export const HAND_FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
  sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
  katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
  virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
  martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
  denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
  kayla alexis lori tammy allison hillary kamala nancy ursula angela theresa liz kemi giorgia marine
  jacinda nikki kristi tulsi karine condoleezza madeleine samantha linda janet gina gretchen
  maryam benazir sheikh hasina indira sonia priyanka nirmala fatima aisha ayesha layla sofia
  elena olga yulia natalia irina svetlana kaja annalena christine roberta helena tessa margaret estelle
  kate jane lucy claire fiona harriet joanna nadia niamh
`);
export const MALE_NAMES: ReadonlySet<string> = new Set([...HAND_MALE_NAMES, ...set(PUBLIC_MALE_NAMES)]);
export const FEMALE_NAMES: ReadonlySet<string> = new Set([...HAND_FEMALE_NAMES, ...set(PUBLIC_FEMALE_NAMES)]);

/** Pronouns resolved to the most recent person that fits. */
export const MALE_PRONOUNS = set(`he him his himself`);
export const FEMALE_PRONOUNS = set(`she her hers herself`);
export const SUBJECT_PRONOUNS = set(`he she`);

/** Determiners that, right before a capitalised run, mark it as a thing (`the White House said`). */
export const DETERMINERS = set(`the a an this that these those its their our your my`);

/**
 * Words that may sit between a speaker and the speech verb (`Bruce also said`, `Bruce has said`;
 * the wire's day words too: `But Yates today said, "…"`, `Lawson yesterday told`).
 */
export const VERB_GAP = set(
  `also later then has had have would will again further previously once earlier separately simply just however meanwhile recently repeatedly publicly privately himself herself today yesterday tonight`,
);

/** Lower-case words, possibly capitalised at the start of a sentence, that never open a name. */
export const NOT_NAME_START = set(`
  when while where what who why how but and or so yet if as after before since because although though
  the a an this that these those it its they he she we i you there here however meanwhile still also
  on in at by for from with of to into about over under during despite instead asked speaking
  responding taking earlier later then now today yesterday tomorrow last next some many most all both
  each every no not questions diplomatic officials observers critics supporters analysts
`);

/** What a word can be to the quote pass, as bits, so that one lookup per token answers all. */
export const WORD_SPEECH = 1; // a speech or decline verb, a reporting participle, `according`
export const WORD_PRONOUN = 2; // a gendered pronoun
export const WORD_ROLE = 4; // a role noun that can stand before a name in lower case

export const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  add(SPEECH_VERBS, WORD_SPEECH);
  add(DECLINE_VERBS, WORD_SPEECH);
  add(REPORT_PARTICIPLES, WORD_SPEECH);
  add(['according'], WORD_SPEECH);
  add(MALE_PRONOUNS, WORD_PRONOUN);
  add(FEMALE_PRONOUNS, WORD_PRONOUN);
  add(LOWERCASE_ROLES, WORD_ROLE);
  return flags;
})();

/**
 * Relatives a story names by a possessive (`her son`, `his widow`) before or instead of their names,
 * with the gender each tells (coref.ts's pronouns; attribution.ts's kin set off before a name).
 */
export const KIN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['son', 'm'],
  ['husband', 'm'],
  ['widower', 'm'],
  ['father', 'm'],
  ['brother', 'm'],
  ['grandson', 'm'],
  ['fiance', 'm'],
  ['nephew', 'm'],
  ['uncle', 'm'],
  ['daughter', 'f'],
  ['wife', 'f'],
  ['widow', 'f'],
  ['mother', 'f'],
  ['sister', 'f'],
  ['granddaughter', 'f'],
  ['fiancee', 'f'],
  ['niece', 'f'],
  ['aunt', 'f'],
]);

/** The words for one person who speaks for a body (`a Home Office spokesman`), singular. */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Kinds of body any firm is (`the company spokesman`, `the firm said`), whatever its name. */
export const ANY_FIRM: ReadonlySet<string> = new Set(['company', 'firm', 'group']);
/** The nouns a firm is given beside its name and called by again (`Bennett Logistics, the Exeter haulage firm` … `The company said`). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm']);
