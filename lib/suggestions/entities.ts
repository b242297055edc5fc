/**
 * Names in the article: runs of capitalised words found with compromise's tagger, each split into
 * a title ("US Secretary of State") and a name ("Antony Blinken"), and sorted into people,
 * organisations and places. The roster links later short mentions ("Blinken") to the full name
 * as first written, and remembers the first title given to each person.
 * - "of"/"for" and a following "and" stay inside an organisation's name ("Department of Health and
 *   Social Care", "Royal College of Emergency Medicine", "University Hospitals of North Midlands NHS
 *   Trust") but end a person's ("President Ilham Aliyev of Azerbaijan").
 * - A title that is only an honorific ("Dr Adrian Boyle") gives way to a role set off by commas beside
 *   the name ("Its president, Dr Adrian Boyle," → "president"), and is kept when there is none.
 * - A lone capitalised common noun in the plural ("Prosecutors", "Officials" opening a sentence) is
 *   not a name, unless it is the surname of someone named in the article.
 * - A describing word that opens a sentence is not part of a person's name ("Rival Eli Lilly said"); a
 *   lowercase noun before a title word is part of the title ("Kyrgyz security chief Kamchybek Tashiev").
 * - Names the tagger does not know are people when the article uses their last word alone later
 *   ("Feargal Sharkey, a former singer, …" then "Sharkey told …"), as it does for people.
 * - Titles are written out ("Turkish FM" → "Turkish Foreign Minister", titles.ts), and each person's
 *   gender is kept where the text shows it (gender.ts), for he/she.
 * - An acronym in brackets after a name ("the European Handball Confederation (EHC)") is that name
 *   wherever it stands; a business named by what it is ("Carmaker Solenta") is an organisation
 *   wherever its name stands alone; a title hanging on an organisation ("president of the European
 *   Handball Confederation") names the organisation; an ordinal opens a name ("6th U.S. Circuit Court").
 */
import { countryKey } from "./countries.ts";
import { genderOf, type Gender } from "./gender.ts";
import type { Span } from "./schema.ts";
import type { Analysis, Term } from "./text.ts";
import { foldName, lastWord } from "./names.ts";
import { expandTitle, isTitleAbbreviation } from "./titles.ts";

/** "other": capitalised words that are neither a known person nor an organisation nor a place (headlines, events). */
export type EntityKind = "person" | "organisation" | "place" | "other";

export type Mention = Span & {
  name: string;
  title: string | null;
  kind: EntityKind;
  /** A lone common noun in the plural ("Prosecutors"): a name only if someone in the article bears it. */
  common?: boolean;
  /** Named as a business ("Carmaker Solenta"): an organisation wherever else the name stands alone. */
  business?: boolean;
};

export type Person = { name: string; title: string | null };

export type Roster = {
  mentions: Mention[];
  /** The person named `name` (full or last name), as first named in the article. */
  person(name: string): Person | null;
  /** The gender the article shows for whoever is named `name` (full or last name), person or a name the tagger does not know. */
  gender(name: string): Gender | null;
};

const TITLE_WORDS = new Set(
  `president vice prime minister secretary chancellor ambassador envoy spokesman spokeswoman spokesperson
  director chief head chairman chairwoman chair chairperson ceo governor senator representative mayor king
  queen prince princess general admiral colonel commissioner archbishop bishop pope patriarch speaker deputy
  acting assistant undersecretary adviser advisor counsellor counselor leader commander judge justice attorney
  premier executive officer professor lawmaker congressman congresswoman mp official diplomat negotiator
  coordinator counterpart aide founder emir sheikh sultan dr mr mrs ms sir dame lord lady senior special high
  permanent foreign defence defense interior finance state councillor councilor councilman councilwoman alderman
  alderwoman treasurer comptroller sheriff magistrate superintendent detective inspector sergeant constable`.split(/\s+/),
);
/** Words that make a title only after another title word ("Secretary of State", not "State"). */
const TITLE_ONLY_AFTER_TITLE = new Set(["senior", "special", "high", "permanent", "foreign", "defence", "defense", "interior", "finance", "state"]);
export const ORGANISATION_HEADS = new Set(
  `ministry office council department union commission agency party group committee government parliament
  assembly bank fund organization organisation corporation company administration embassy service court
  institute foundation association alliance secretariat presidency cabinet senate congress kremlin pentagon
  force forces army navy police authority authorities bureau board network press news times post college
  university hospital trust society federation institution academy school centre center tribunal chamber
  league coalition charity firm treasury military media city municipality confederation unit panel`.split(/\s+/),
);
/** What a business is called by, after or before its name: "the company", "Carmaker Solenta". */
export const COMPANY_NOUNS = new Set("company firm group corporation carrier airline drugmaker automaker carmaker chipmaker lender retailer insurer miner".split(" "));
const CONNECTORS = new Set(["of", "for", "the", "de", "del", "da", "von", "van", "der", "al", "bin", "la", "le"]);
const NOT_NAME_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "Verb", "Date", "Month", "WeekDay", "QuestionWord"];

function bare(term: Term): string {
  return term.text.replace(/['’]s$/u, "").replace(/[^\p{L}\p{N}.\-'’]/gu, "");
}

function isCapitalised(term: Term): boolean {
  return /^\p{Lu}/u.test(bare(term));
}

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, "")) || isTitleAbbreviation(word);
}

/** "DR" (the Danish broadcaster), "MS": an honorific written in capitals is an acronym. */
const isCapitalsHonorific = (word: string) => /^(?:DR|MR|MRS|MS)$/u.test(word);

function isTitleTerm(term: Term): boolean {
  if (isCapitalsHonorific(bare(term))) return false;
  return isTitleWord(bare(term)) || term.tags.has("Honorific");
}

/** "6th U.S. Circuit Court of Appeals", "1st Armored Division": an ordinal opening a name. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

function canStartRun(term: Term, next: Term | undefined): boolean {
  if (isTitleTerm(term)) return true;
  if (ORDINAL.test(term.text) && next !== undefined && isCapitalised(next)) return true;
  if (!isCapitalised(term)) return false;
  return !NOT_NAME_TAGS.some((tag) => term.tags.has(tag)) || term.tags.has("ProperNoun") && !term.tags.has("Date");
}

/** "of", "for the" before a capitalised word: "Office for National Statistics", "Spokesperson for the US State Department". */
function connects(terms: Term[], index: number): boolean {
  const [term, next, after] = [terms[index]!, terms[index + 1], terms[index + 2]];
  if (!CONNECTORS.has(term.normal) || !next) return false;
  return isCapitalised(next) || (CONNECTORS.has(next.normal) && after !== undefined && isCapitalised(after));
}

/** "Kyrgyz security chief", "German economy minister": a lowercase noun naming the field of the title after it. */
function modifiesTitle(terms: Term[], index: number): boolean {
  const [term, next] = [terms[index]!, terms[index + 1]];
  const noun = term.tags.has("Noun") && !["Plural", "Possessive", ...NOT_NAME_TAGS].some((tag) => term.tags.has(tag));
  return noun && !isCapitalised(term) && next !== undefined && isTitleTerm(next);
}

/** Whether nothing but spaces on one line (or an honorific's full stop: "Sen. Bob Casey") separates a word from the next one. */
function joined(body: string, term: Term, next: Term | undefined): boolean {
  const gap = term.tags.has("Honorific") ? /^\.?[^\S\n]*$/u : /^[^\S\n]*$/u;
  return next !== undefined && gap.test(body.slice(term.end, next.start)) && !/['’]s$/u.test(term.text);
}

/**
 * "High Representative for Foreign Affairs and Security Policy Kaja Kallas" is one run, but
 * "Armenia and Azerbaijan" or "Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov" are two:
 * an "and" joins only inside a title that the words after it do not restart.
 */
function andInsideTitle(run: Term[], terms: Term[], index: number): boolean {
  if (terms[index]!.normal !== "and" || !run.some(isTitleTerm)) return false;
  const rest: Term[] = [];
  for (const term of terms.slice(index + 1)) {
    if (!isCapitalised(term) && !CONNECTORS.has(term.normal)) break;
    rest.push(term);
  }
  return rest.length > 0 && !rest.some(isTitleTerm);
}

const isOrganisationHead = (term: Term) => ORGANISATION_HEADS.has(bare(term).toLowerCase());

/**
 * "Department of Health and Social Care" is one name: an "and" joins inside an organisation's name
 * ("Department of", "Office for") when the capitalised words after it name no place, person or
 * title and do not end in an organisation of their own ("Ministry of Defence and Central Bank").
 */
function andInsideOrganisation(run: Term[], terms: Term[], index: number): boolean {
  if (terms[index]!.normal !== "and" || !run.some((term, at) => isOrganisationHead(term) && ["of", "for"].includes(run[at + 1]?.normal ?? ""))) return false;
  const rest: Term[] = [];
  for (const term of terms.slice(index + 1)) {
    if (!isCapitalised(term)) break;
    rest.push(term);
  }
  const foreign = (term: Term) => isTitleTerm(term) || ["Place", "Country", "Person", "Acronym"].some((tag) => term.tags.has(tag));
  return rest.length > 0 && !rest.some(foreign) && !isOrganisationHead(rest.at(-1)!);
}

function runsOf(body: string, terms: Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  const close = () => {
    while (run.length && (CONNECTORS.has(run.at(-1)!.normal) || !isCapitalised(run.at(-1)!))) run.pop();
    if (run.some(isCapitalised)) runs.push(run);
    run = [];
  };
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    const previous = terms[index - 1];
    const continues = run.length > 0 && previous !== undefined && joined(body, previous, term);
    if (continues && (isCapitalised(term) || isTitleTerm(term) || connects(terms, index) || modifiesTitle(terms, index) || andInsideTitle(run, terms, index) || andInsideOrganisation(run, terms, index))) {
      run.push(term);
      continue;
    }
    close();
    if (canStartRun(term, terms[index + 1])) run.push(term);
    if (run.length && !joined(body, term, terms[index + 1])) close();
  }
  close();
  return runs;
}

/** "Rival Eli Lilly": a describing word opening the run (capitalised only by the sentence) is not part of a person's name. */
function withoutDescription(run: Term[]): Term[] {
  const [lead, ...rest] = run;
  const describes = lead !== undefined && lead.tags.has("Adjective") && !lead.tags.has("ProperNoun") && countryKey(lead.text) === null;
  return describes && !run.some(isTitleTerm) && rest.some((term) => term.tags.has("Person")) ? rest : run;
}

/** "Brian Carroll SC", "Jane Doe MP": letters after a person's name are no part of it. */
const POST_NOMINALS = new Set(["SC", "KC", "QC", "MP", "MEP", "TD", "MLA", "MSP"]);

function withoutPostNominal(terms: Term[]): Term[] {
  return terms.length > 2 && POST_NOMINALS.has(bare(terms.at(-1)!)) ? terms.slice(0, -1) : terms;
}

/** "Carmaker Solenta", "Drugmaker Novacor": what a business is, opening the run, before its name. */
function isCompanyDescription(run: Term[]): boolean {
  return run.length > 1 && COMPANY_NOUNS.has(run[0]!.normal) && !run.some(isTitleTerm);
}

/** "Local school boards said": a describing word capitalised only because it opens the sentence is no name. */
function isLoneDescription(run: Term[]): boolean {
  const [only] = run;
  return run.length === 1 && only!.tags.has("Adjective") && !["ProperNoun", "Person", "Place", "Organization", "Country"].some((tag) => only!.tags.has(tag)) && countryKey(only!.text) === null;
}

function toMention(body: string, found: Term[]): Mention | null {
  if (isLoneDescription(found)) return null;
  if (isCompanyDescription(found)) {
    const name = toMention(body, found.slice(1));
    return name && { ...name, title: null, kind: "organisation", business: true };
  }
  const run = withoutDescription(found);
  let lastTitle = -1;
  run.forEach((term, index) => {
    const word = bare(term).toLowerCase();
    // "Amartya Sen": a word the tagger reads as an honorific ("Sen.") is a name when nothing follows it.
    if (!isTitleTerm(term) || (index === run.length - 1 && !isTitleWord(bare(term)))) return;
    if (TITLE_ONLY_AFTER_TITLE.has(word) && !run.slice(0, index).some(isTitleTerm)) {
      if (index < run.length - 1 && isTitleTerm(run[index + 1]!)) lastTitle = index;
      return;
    }
    lastTitle = index;
  });
  let nameStart = lastTitle + 1;
  // "Secretary of State Antony Blinken": a phrase hanging on a title keeps all but a two-word name.
  const titlePhrase = run.findIndex((term, index) => index > 0 && index <= lastTitle + 1 && CONNECTORS.has(term.normal) && isTitleTerm(run[index - 1]!));
  // "president of the European Handball Confederation": a title hanging on an organisation names the organisation.
  if (titlePhrase > 0 && isOrganisationHead(run.at(-1)!) && !run.some((term) => term.tags.has("Person"))) {
    const orgStart = run.findIndex((term, index) => index > titlePhrase && !CONNECTORS.has(term.normal));
    if (orgStart > 0) return { start: run[orgStart]!.start, end: run.at(-1)!.end, name: body.slice(run[orgStart]!.start, run.at(-1)!.end), title: null, kind: "organisation" };
  }
  if (titlePhrase > 0) nameStart = Math.max(nameStart, run.length - 2, titlePhrase + 2);
  while (nameStart < run.length && CONNECTORS.has(run[nameStart]!.normal)) nameStart++;
  const trailing = run.findIndex((term, index) => index > nameStart && CONNECTORS.has(term.normal));
  // "President Ilham Aliyev of Azerbaijan": a name stops before a trailing "of …"; "Office for National Statistics"
  // and "University Hospitals of North Midlands NHS Trust" (no title, ending in an organisation word) do not.
  const organisation =
    trailing > 0 &&
    (isOrganisationHead(run[trailing - 1]!) ||
      (nameStart === 0 && isOrganisationHead(run.at(-1)!) && !run.slice(0, trailing).some((term) => term.tags.has("Person"))));
  const nameTerms = withoutPostNominal(run.slice(nameStart, trailing > 0 && !organisation ? trailing : undefined));
  const first = nameTerms[0];
  const last = nameTerms.at(-1);
  if (!first || !last) return null;
  const written = body.slice(first.start, last.end).replace(/['’]s$/u, "");
  // "U.S." keeps its last full stop: it belongs to the initials.
  const name = /(?:\b\p{Lu}\.){2,}$/u.test(written) ? written : written.replace(/[.,;:]+$/, "");
  const title = nameStart > 0 ? body.slice(run[0]!.start, run[nameStart - 1]!.end).replace(/\s+(of|for|the)$/i, "") : null;
  const head = bare(last).toLowerCase();
  let kind: EntityKind;
  // "President Luis Arce's" is a person even where the tagger reads an organisation.
  if (organisation || ORGANISATION_HEADS.has(head)) kind = "organisation";
  else if (nameTerms.some((term) => term.tags.has("Person")) || (title && /\p{Lu}/u.test(title))) kind = "person";
  else if (last.tags.has("Organization")) kind = "organisation";
  else if (nameTerms.every((term) => term.tags.has("Place"))) kind = "place";
  else kind = "other";
  const common = run.length === 1 && kind === "other" && first.tags.has("Plural") && !first.tags.has("ProperNoun");
  return { start: run[0]!.start, end: first.start + name.length, name, title: kind === "person" || kind === "other" ? title : null, kind, ...(common ? { common } : {}) };
}

/** "Jane Doe, the U.S. Permanent Representative to the OSCE, told…" / "…, said Jane Doe, the interior minister.": a title. */
function appositiveTitle(body: string, mention: Mention): string | null {
  const match = /^,\s+(?:the\s+)?([^,;:"“”]{3,140}?)(?:,|\.(?=\s|$)|;|$)/u.exec(body.slice(mention.end, mention.end + 160));
  const words = match?.[1]?.split(/\s+/) ?? [];
  if (!match || !words.some((word) => TITLE_WORDS.has(word.toLowerCase()) && !TITLE_ONLY_AFTER_TITLE.has(word.toLowerCase()))) return null;
  return match[1]!.trim();
}

const NOT_IN_TITLE = new Set("the its his her their our a an and but or of for to in on at with by from as while when after before".split(" "));

/**
 * "its governor, Marie Dubois, said…", "The union's leader, Thomas Brandt, …", "the central bank's
 * governor, Marie Dubois, …": a title set off by commas right before the name, with its owner
 * ("union's leader") but not its determiner.
 */
function precedingTitle(body: string, mention: Mention): string | null {
  if (!/^\s*,/u.test(body.slice(mention.end, mention.end + 2))) return null;
  const clause = body.slice(Math.max(0, mention.start - 80), mention.start).split(/[.;:!?()"“”«»—–\n]/u).at(-1)!;
  const words = (/([\p{L}'’ -]+),\s+$/u.exec(clause)?.[1] ?? "").trim().split(/\s+/u);
  const title = words.slice(words.findLastIndex((word) => NOT_IN_TITLE.has(word.toLowerCase())) + 1);
  const role = title.slice(title.findLastIndex((word) => /['’]s$/u.test(word)) + 1);
  const head = role.at(-1)?.toLowerCase() ?? "";
  if (role.length === 0 || role.length > 3 || !TITLE_WORDS.has(head) || TITLE_ONLY_AFTER_TITLE.has(head)) return null;
  return title.join(" ");
}

const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "mx", "sir", "dame"]);
const isHonorific = (title: string) => HONORIFICS.has(title.toLowerCase().replace(/\.$/u, ""));

/** "Feargal Sharkey" … "Sharkey told": a name the tagger does not know, whose last word the article uses alone later. */
function promoteSurnames(mentions: Mention[]): Mention[] {
  const alone = (mention: Mention) => (mention.kind === "other" || mention.kind === "person") && !mention.name.includes(" ");
  return mentions.map((mention, index) => {
    const words = mention.name.split(" ");
    if (mention.kind !== "other" || words.length < 2 || words.length > 3) return mention;
    const surname = foldName(words.at(-1)!);
    return mentions.slice(index + 1).some((later) => alone(later) && foldName(later.name) === surname) ? { ...mention, kind: "person" } : mention;
  });
}

/**
 * "the Caribbean Community (CARICOM)", "the European Handball Confederation (EHC)": the acronym in
 * brackets right after a name is that name; each mention of it is the full name, an organisation.
 */
function withAcronyms(body: string, mentions: Mention[]): Mention[] {
  const full = new Map<string, Mention>();
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (!next || mention.kind === "person" || mention.kind === "place" || !mention.name.includes(" ") || !/^\p{Lu}{2,8}$/u.test(next.name)) return;
    if (/^\s*\($/u.test(body.slice(mention.end, next.start)) && body[next.end] === ")" && !full.has(next.name)) full.set(next.name, mention);
  });
  return mentions.map((mention) => {
    const named = full.get(mention.name) ?? [...full.values()].find((candidate) => candidate.start === mention.start);
    return named ? { ...mention, name: named.name, title: null, kind: "organisation" } : mention;
  });
}

/** A name once called a business ("Carmaker Solenta") is an organisation wherever the tagger reads a person ("Solenta said"). */
function businessesThroughout(mentions: Mention[]): Mention[] {
  const organisations = new Set(mentions.filter((mention) => mention.business).map((mention) => foldName(mention.name)));
  return mentions.map((mention) => (mention.kind !== "organisation" && organisations.has(foldName(mention.name)) ? { ...mention, title: null, kind: "organisation" } : mention));
}

export function buildRoster(analysis: Analysis): Roster {
  const found = runsOf(analysis.body, analysis.terms)
    .map((run) => toMention(analysis.body, run))
    .filter((mention): mention is Mention => mention !== null);
  const mentions = businessesThroughout(withAcronyms(analysis.body, promoteSurnames(found)))
    .map((mention) =>
      mention.kind === "person" && (!mention.title || isHonorific(mention.title))
        ? { ...mention, title: precedingTitle(analysis.body, mention) ?? appositiveTitle(analysis.body, mention) ?? mention.title }
        : mention,
    )
    .map((mention) => (mention.title ? { ...mention, title: expandTitle(mention.title) } : mention));

  const people = new Map<string, Person>();
  for (const mention of mentions.filter((candidate) => candidate.kind === "person")) {
    const key = foldName(lastWord(mention.name));
    const known = people.get(key);
    const isFullName = mention.name.includes(" ");
    if (!known || (isFullName && !known.name.includes(" "))) {
      people.set(key, { name: isFullName || !known ? mention.name : known.name, title: known?.title ?? mention.title });
    }
    people.get(key)!.title ??= mention.title;
  }
  const genders = new Map<string, Gender>();
  const named = mentions.filter((mention) => mention.kind === "person" || mention.kind === "other");
  for (const mention of named) {
    const key = foldName(lastWord(mention.name));
    const gender = genders.has(key) ? null : genderOf(analysis, mention, named);
    if (gender) genders.set(key, gender);
  }
  const isPerson = (mention: Mention) =>
    mention.kind === "person" || (mention.kind === "other" && !mention.name.includes(" ") && people.has(foldName(mention.name)));
  return {
    mentions: mentions
      .filter((mention) => !mention.common || isPerson(mention))
      .map(({ common: _common, business: _business, ...mention }) => (isPerson(mention) ? { ...mention, kind: "person" } : mention)),
    person: (name) => people.get(foldName(lastWord(name))) ?? null,
    gender: (name) => genders.get(foldName(lastWord(name))) ?? null,
  };
}
