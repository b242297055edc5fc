/**
 * The title lexicon (its one home): which words make a title before a name, in any capitalisation, and
 * which letters after a name are no part of it.
 * - Heads are titles on their own ("Councillor", "Superintendent", "coach"); modifiers only beside
 *   another title word, before or after it ("Deputy", "Acting", "Chief" in "Chief Superintendent", "State"
 *   in "Secretary of State", "Rear" in "Rear Admiral"), so any run of title words before a name is the title.
 * - A hyphenated title is a title when each part is ("Vice-President", "President-elect", "Commander-in-Chief").
 * - Honorifics ("Mr", "Dr", "Prof", "Sir") are titles that say nothing of the role.
 * - Post-nominal letters ("SC", "KC", "MP", "MS", "OBE", "PhD", "Jr", "III") follow a name and are dropped from it.
 * - Clergy styles are honorifics ("the Venerable Mair Hughes", "the Very Rev", "the Rt Rev"); "Public Defender" is a title.
 * - Descriptors ("herder", "farmer", "resident") say what someone does: before a name they are dropped, never titles.
 *
 * Titles as an article writes them, made readable:
 * - abbreviations are written out: "Turkish FM" → "Turkish Foreign Minister", "PM" → "Prime Minister",
 *   "Sen." → "Senator", "Det Ch Supt" → "Detective Chief Superintendent", "Lt. Col." → "Lieutenant Colonel",
 *   only before a name ("Amartya Sen" keeps his name; "pm" in "5 pm" is no title, as case counts);
 * - a determiner before an appositive title goes: "a State Department spokesman" → "State Department spokesman".
 */
import { foldName } from "./names.ts";

/** Written in capitals, with no full stop: "Turkish FM Cavusoglu", "PM Modi". */
const CAPITALS: Record<string, string> = {
  FM: "Foreign Minister",
  PM: "Prime Minister",
  DPM: "Deputy Prime Minister",
  EAM: "External Affairs Minister",
  IGP: "Inspector-General of Police",
  CP: "Commissioner of Police",
  DCP: "Deputy Commissioner of Police",
  ACP: "Assistant Commissioner of Police",
  SP: "Superintendent of Police",
  SSP: "Senior Superintendent of Police",
  DSP: "Deputy Superintendent of Police",
  ASP: "Assistant Superintendent of Police",
  CS: "Cabinet Secretary",
  MCA: "Member of the County Assembly",
  MPA: "Member of the Provincial Assembly",
  MNA: "Member of the National Assembly",
  MK: "Member of the Knesset",
  DCE: "District Chief Executive",
  MCE: "Municipal Chief Executive",
  // A Paramount Chief in Sierra Leone, a Police Constable in Britain: left as written.
  PC: "PC",
};
/** Written with a full stop ("Sen. Bob Casey"), which the tagger reads as an honorific. */
const DOTTED: Record<string, string> = {
  Sen: "Senator",
  Rep: "Representative",
  Gov: "Governor",
  Gen: "General",
  Lt: "Lieutenant",
  Col: "Colonel",
  Amb: "Ambassador",
  Pres: "President",
  Sec: "Secretary",
  Maj: "Major",
  Brig: "Brigadier",
  Capt: "Captain",
  Cmdr: "Commander",
  Cdr: "Commander",
  Adm: "Admiral",
  Sgt: "Sergeant",
  Cpl: "Corporal",
  Det: "Detective",
  Insp: "Inspector",
  Supt: "Superintendent",
  Ch: "Chief",
  Const: "Constable",
  Cllr: "Councillor",
  Cr: "Councillor",
  Clr: "Councillor",
  Coun: "Councillor",
  Ald: "Alderman",
  Atty: "Attorney",
  Msgr: "Monsignor",
  Arc: "Architect",
  Rt: "Right",
};

/** A word of a title: the title's own words decide that "Sen" is one ("Sen Bob Casey"), not "Amartya Sen". */
function expansion(word: string, anyCase: boolean): string | undefined {
  const capitals = anyCase ? word.toUpperCase() : word;
  if (Object.hasOwn(CAPITALS, capitals)) return CAPITALS[capitals];
  const stem = word.replace(/\.$/u, "");
  return Object.hasOwn(DOTTED, stem) ? DOTTED[stem] : undefined;
}

/** "FM", "PM" (case-sensitive): a title word. The dotted forms ("Sen.") are honorifics to the tagger already. */
export function isTitleAbbreviation(word: string): boolean {
  return Object.hasOwn(CAPITALS, word);
}

/**
 * "Turkish FM" → "Turkish Foreign Minister"; "a State Department spokesman" → "State Department spokesman".
 * `anyCase`: for what an editor typed (a claimant's alias or title), where "turkish fm" means the same.
 */
export function expandTitle(title: string, { anyCase = false }: { anyCase?: boolean } = {}): string {
  return title
    .replace(/^(?:an?|the)\s+/iu, "")
    .split(/(\s+)/u)
    .map((word) => expansion(word, anyCase) ?? word)
    .join("");
}

const words = (list: string) => new Set(list.trim().split(/\s+/u));

/** Titles on their own, by field. */
const TITLE_HEADS = words(`
  president premier chancellor minister secretary undersecretary senator representative congressman congresswoman
  congressmember assemblyman assemblywoman assemblymember lawmaker legislator mp mep td mla msp speaker whip leader
  governor wali king queen prince princess lord lady emir sheikh sultan taoiseach tanaiste monarch
  ambassador envoy consul diplomat negotiator attache commissioner delegate
  judge justice deemster magistrate attorney counsel barrister solicitor prosecutor defender coroner registrar recorder advocate
  constable sergeant inspector superintendent detective officer sheriff marshal trooper garda commandant
  general admiral colonel lieutenant brigadier captain commander corporal commodore
  archbishop bishop cardinal pope patriarch rabbi imam mufti reverend pastor priest father monsignor deacon vicar chaplain ayatollah
  archdeacon canon sister apostle evangelist prophet prophetess
  professor provost rector lecturer
  doctor surgeon physician nurse
  ceo cfo coo cto cio chair chairman chairwoman chairperson director founder cofounder owner spokesman spokeswoman
  spokesperson executive head boss manager president-elect
  councillor councilor councilman councilwoman councilmember councilperson alderman alderwoman alderperson mayor alcalde alcaldesa treasurer
  comptroller controller clerk supervisor trustee regent dean headteacher headmaster headmistress reeve dike-reeve dyke-reeve
  selectman warden collector administrator omanhene menteri gup dzongdag drangpon thrompon tshogpa seyfo indvuna fon
  conseiller jurat faipule rangbah kalon chitue sikyong tuai ratsenhaienhs ratitsenhaienhs treasure omda nahnmwarki
  master harbourmaster harbormaster postmaster islander lehendakari mukwae ngambela induna litunga gbenemene burah
  asantehene kyidomhene krontihene nifahene benkumhene adontenhene gyaasehene kikmongwi iyaloja bashkan numberdar headman pule ulu omutaka organiser organizer
  angajukkak vhamusanda
  coach skipper referee
  adviser advisor counsellor counselor aide official coordinator counterpart chief
  lawyer analyst economist scientist researcher campaigner activist expert specialist assistant
`);
/** Titles only when capitalised: "the Assembly Member for …, Madam …", not "member states"; "Deputy Mauricio Téllez Garza", a legislator. */
const CAPITALISED_HEADS = words("member deputy");
/**
 * Honorifics only when written short with their full stop, or opening a name of two words or more: "Eng. Khalid
 * Al-Qahtani" (an engineer), not "Ng Eng Hen"; Fiji's chiefly "Adi Mereseini Tuivanuavou" and "Ro Alipate Bulivou", not "Adi Shankar";
 * Ethiopia's "Ato Tesfaye Lemma", not Ghana's "Samuel Ato Brew"; Myanmar's "Daw Hnin Wut Yee", "Ma Ei Phyu", "Ko Aung Min Naing",
 * "Saw Maung Win", not "Ma Ying-jeou" or Korea's "Ko Un"; "Hafiz Naeem Ur Rehman", "Qari Muhammad Yousuf", "Sardar Ayaz Sadiq",
 * "Haj Ali Hassan", "Begum Khaleda Zia", not "Hafiz Saeed" or "Begum Rokeya", where the word is the name; the Philippines' and
 * Sarawak's "Datu Ramil Masukat", "Bai Sandra Ampaso"; "Uncle Mebai Akiba", "Aunty", "Elder Towkie Nowdlak"; "Don Eusebio
 * Limachi", not "Don Smith"; Somali "Ugaas"; a Spiritual Baptist "Mother Ursula Grant-Bobb"; Bali's "Jero Wayan Suantara"; Māori "Tā Hēmi Waaka" (a knight) and "Whaea Ripeka Houia"; Karen
 * "Thra" and "Padoh"; Punjab's "Sant Jaswinder Singh" (a religious leader) and "Bibi Surjit Kaur", not "Bibi Netanyahu".
 */
const DOTTED_HONORIFICS = words("eng adi ro ato daw ma ko maung saw naw hafiz qari sardar haj hajj hadj begum ir mola mama me taita datu bai uncle aunty auntie don elder ugaas garaad boqor islaan mother jero ta whaea thra padoh opanin awang pa naa sant bibi");
/** Title words only beside another title word: "Deputy Mayor", "Chief Superintendent", "Secretary of State", "Rear Admiral". */
const TITLE_MODIFIERS = words(`
  deputy acting interim former shadow senior junior assistant vice associate principal major rear
  chief executive managing general first high permanent special state foreign defence defense interior finance home
  justice head joint co outgoing incoming public very besar lok aliki shnong rumah gaon
`);
/** Parts a hyphenated title may have besides title words: "President-elect", "Commander-in-Chief", "Secretary-designate". */
const HYPHEN_PARTS = new Set(["elect", "designate", "in", "at", "of"]);
/**
 * Honorifics: titles that name no role ("Hon.", "Alhaji", "Comrade", "Engr." in Nigeria; "Shri", "Smt." in India;
 * "Syed", "Mian" in Pakistan; "Nana", "Madam", "Ing." in Ghana; "Cde" in Zimbabwe; "Datuk", "Datuk Seri", "Dato'", "Tun", "Haji",
 * "Encik" in Malaysia; "Otunba", "Igwe" in Nigeria; "Togbe" in Ghana and Togo; "Mheshimiwa" in East Africa; "Khun" in Thailand;
 * "Herr", "Frau", "Mme", "Dott.", "Avv." in European translations; "W/ro" in Ethiopia; "Ratu" in Fiji; "Sheikh", "Sheikha"
 * in the Gulf; "H.E." (His or Her Excellency); "Thiru", "Selvi", "Thirumathi" in Tamil Nadu; "Hojatoleslam", "Ayatollah" in Iran; "Mawlawi", "Mullah" in Afghanistan; "Oknha", "Samdech" in Cambodia; "Afioga" in Samoa; "Lyonchhoen", "Lyonpo", "Dasho", "Aum" in Bhutan; "U" in Myanmar, as in "U Thant";
 * and, added before any set used them: "Doña", "Lic.", "Arq.", "Mtro." in Spanish; "Bapak", "Ibu" in Indonesia; "Ustaz",
 * "Ustazah" in Malaysia; "Maulana", "Janab" in Pakistan; "Swami", "Sadhvi", "Pandit", "Shrimati" in India; "Oba" in Nigeria;
 * "Mzee", "Ndugu", "Hajji" in East Africa; "Inkosi", "Kgosi" in Southern Africa; "W/t" in Ethiopia; "Dott.ssa",
 * "Prof.ssa" in Italy; "Susuga" in Samoa; "Lok Chumteav" in Cambodia; "Hajiya", "Malam" in Hausa; "Nawabzada" in Balochistan;
 * "Perit" (an architect) in Malta; "Obong" (a chief) among the Ibibio).
 * Words that are also
 * given names ("Tuan", "Puan", "Don") stay out, or are honorifics only before a name of two words (above).
 */
const HONORIFICS = words(`
  dr mr mrs ms mx miss madam prof sir dame rev revd fr venerable ven hon alhaji alhaja hajia mallam comrade cde engr ing barr
  shri smt syed sayed sayyid mian nana datuk dato datin seri tun haji hajah hajjah encik otunba igwe togbe mheshimiwa khun
  herr frau mme mlle dott avv wro ratu sheikh sheikha mawlawi mawlavi mullah oknha samdech afioga h.e thiru selvi thirumathi tmt hojatoleslam ayatollah
  lyonchhoen lyonpo dasho aum u
  dona lic arq mtro mtra bapak ibu ustaz ustazah ustad maulana janab swami sadhvi pandit shrimati shreemati oba mzee ndugu hajji inkosi kgosi
  wt dott.ssa prof.ssa susuga chumteav
  suldaan pengiran dayang hrh mamosta shaikh shaikha ntate iroij leroij alap togbui mgr mdm ustadz geshe hajiya malam nawabzada hrm excellency ajarn owek owekitiibwa hajjat perit obong
`);
/**
 * Letters or honorifics after a name, case as written: "Brian Carroll SC", "Jane Doe MP", "Martin Luther King Jr" (a numeral
 * stays: "Teghe Nkwenti II", "Kwamena Amoako-Mensah IV", as labellers wrote them); a Sri Lankan
 * monk's "Thera", "Thero" or "Himi" ("Ven. Kotagama Sumanasara Thera"); Turkish "Bey" and "Hanım" ("Ahmet Bey"); a Cook Islands
 * chief's "Ariki" or "Mataiapo" ("Vaka Tuaine Ariki").
 */
const POST_NOMINALS = words("SC KC QC MP MS AM MEP TD MLA MSP MHA MHK MLC OBE MBE CBE KBE DBE CH PhD MD DPhil FRS Jr Sr Thera Thero Himi Bey Hanım Ariki Mataiapo");
/**
 * What someone does, not a title they hold: before a name it describes them ("herder Dorjsuren Altantsetseg",
 * "Farmer John Hale said" opening a sentence) and is no part of the name; after a first name it is a surname ("Paul Farmer").
 */
const DESCRIPTORS = words(`
  herder farmer rancher resident shopkeeper driver teacher student pupil fisherman fisher pilot worker labourer laborer
  hunter rider sprinter runner athlete swimmer cyclist boxer patient
  miner shopper commuter passenger tourist villager parishioner parent pensioner retiree homeowner tenant landlord
  trader vendor builder mechanic engineer cleaner carer volunteer veteran survivor witness neighbour neighbor
  quarterback linebacker cornerback safety receiver tackle tight end running back kicker punter pitcher catcher shortstop
  outfielder infielder striker midfielder goalkeeper winger fullback centre-back forward guard point rookie
  midwife housewife homemaker five-eighth halfback hooker haulier pipefitter welder electrician plumber carpenter
`);

/** What a minister or secretary is in charge of: "Secretary of State", "Minister for Foreign Affairs", "of Health and Social Care". */
const PORTFOLIOS = words(`
  state health finance defence defense education foreign affairs home interior justice transport energy environment agriculture
  labour labor trade industry commerce culture sport sports tourism science technology information communications housing
  water resources mines mining petroleum oil gas railways external economy economic planning development women youth children
  family welfare social security homeland immigration fisheries forestry lands works infrastructure aviation shipping revenue
  treasury budget local government rural urban power climate digital veterans relations cooperation integration care services
  employment pensions policing police prisons courts equality innovation research universities schools skills
  food farming regions region territories cities communities heritage arts media broadcasting minerals seabed devolution
  opposition
`);

/** "Tánaiste" is "tanaiste": accents folded, a trailing full stop, comma or "'s" dropped. */
const stemOf = (word: string) => foldName(word).replace(/[.,]$/u, "").replace(/'s$/u, "");

function inLexicon(word: string, lexicon: Set<string>): boolean {
  const stem = stemOf(word);
  if (lexicon.has(stem)) return true;
  const parts = stem.split("-");
  return parts.length > 1 && parts.every((part) => TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part) || HYPHEN_PARTS.has(part)) && parts.some((part) => lexicon.has(part));
}

/** "Det", "Supt.", "Cllr": a title written short, as capitalised; only before a name ("Sen Bob Casey", not "Amartya Sen"). */
const isDotted = (word: string) => Object.hasOwn(DOTTED, word.replace(/\.$/u, ""));

/** A title's own word ("Superintendent", "coach", "Vice-President"); "Chief" and "Deputy" are heads too when nothing follows them. */
export function isTitleHead(word: string): boolean {
  return inLexicon(word, TITLE_HEADS) || HONORIFICS.has(stemOf(word)) || isTitleAbbreviation(word) || (/^\p{Lu}/u.test(word) && CAPITALISED_HEADS.has(stemOf(word)));
}

/** A title written short, with or without a full stop that ends no sentence: "Col. Ahmed Musa", "Det Insp Mark Hughes", "Dr. Lee". */
export function isAbbreviatedTitle(word: string): boolean {
  return isDotted(word) || HONORIFICS.has(stemOf(word));
}

/** A word only beside another title word: "Deputy", "Acting", "Rear", "State". */
export function isTitleModifier(word: string): boolean {
  return !isTitleHead(word) && TITLE_MODIFIERS.has(stemOf(word));
}

/** Any word of a title: a head or a modifier. */
export function isTitleWord(word: string): boolean {
  return isTitleHead(word) || isTitleModifier(word);
}

export function isDottedHonorific(word: string): boolean {
  return DOTTED_HONORIFICS.has(stemOf(word));
}

export function isHonorific(title: string): boolean {
  return HONORIFICS.has(stemOf(title));
}

export function isDescriptor(word: string): boolean {
  return DESCRIPTORS.has(stemOf(word));
}

export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.replace(/[.,]$/u, ""));
}

/** A US lawmaker's party and state (or home town) after the name: "D-Ore.", "R-Texas", "(I-Vt.)", "R-Maple Grove". */
export const PARTY_TAG = /^\(?[DRI][-–]\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\)?$/u;

/**
 * A word whose full stop ends no sentence: an initial ("J."), a title written short ("Sen.", "Dr."), letters after a
 * name ("Jr."), a party and state ("D-N.M.").
 */
export function isAbbreviation(word: string): boolean {
  const stem = word.replace(/[.,]+$/u, "");
  return /^\p{Lu}$/u.test(stem) || isAbbreviatedTitle(stem) || isPostNominal(stem) || PARTY_TAG.test(word.replace(/,$/u, ""));
}

/** Titles written short with a full stop ("Coun.", "Msgr.", "Revd."), lowercase: the full stop ends no sentence (text.ts). */
export const SHORT_TITLE_WORDS: readonly string[] = [...Object.keys(DOTTED).map((word) => word.toLowerCase()), ...HONORIFICS, ...DOTTED_HONORIFICS];

export function isPortfolioWord(word: string): boolean {
  return PORTFOLIOS.has(stemOf(word));
}
