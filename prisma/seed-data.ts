/**
 * Demo data built from the five articles in ../shared/articles (Armenia–Azerbaijan peace talks,
 * 2022–2025). Pure data: prisma/demo-data.ts writes it, tests/seed-data.test.ts checks it.
 *
 * Source bodies are short verbatim excerpts (some articles are copyrighted), with EXCERPT_GAP
 * marking left-out text. URLs are null because none of the saved texts gives one; publishedAt is
 * null where the text gives no date. Dates of statements and outcomes are from the articles;
 * where an article only says "on Tuesday" or "in March", the day is the documented date of that
 * event.
 */
import type {
  ClaimKind,
  ClaimLinkKind,
  ClaimStatus,
  OutcomeRelation,
  Role,
  Visibility,
} from "@/generated/prisma/enums.ts";

/** Joins the verbatim runs of an excerpt. */
export const EXCERPT_GAP = "\n[…]\n";
const excerpt = (...runs: string[]) => runs.join(EXCERPT_GAP);

/** ISO date (YYYY-MM-DD) for @db.Date columns; ISO date-time (UTC) for event times. */
type IsoDate = string;
type IsoDateTime = string;

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  createdAt: IsoDateTime;
}

export interface DemoSource {
  /** File in ../shared/articles the body is excerpted from (not stored). */
  article: string;
  url: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: IsoDate | null;
  body: string;
}

export interface DemoClaimant {
  slug: string;
  name: string;
  title: string;
  organisation: string | null;
  country: string;
}

// Demo accounts exist as data only: passwordHash stays null until the accounts feature lets
// them set a password. They are the actors of the demo history.
export const demoUsers = {
  admin: { email: "admin@claimledger.test", name: "Ada Admin", role: "ADMIN", createdAt: "2022-11-01T09:00:00Z" },
  editor: { email: "editor@claimledger.test", name: "Eddie Editor", role: "EDITOR", createdAt: "2022-11-01T09:05:00Z" },
} satisfies Record<string, DemoUser>;
export type UserKey = keyof typeof demoUsers;

export const demoSources = {
  commonspace: {
    article: "01-commonspace-biden-letter.txt",
    url: null,
    title: "US urges Azerbaijan to reach peace deal with Armenia before 2025 begins",
    publisher: "commonspace.eu",
    author: null,
    publishedAt: null,
    body: excerpt(
      "Biden stressed that the US is strongly committed to supporting a peace treaty and that Aliyev should focus on reaching an agreement by the end of the year.",
      "The US sent Biden's Senior Director for Europe at the National Security Council, Michael Carpenter, to personally deliver the letter to the President of Azerbaijan and further discuss its components. During the meeting, in response to the letter, Aliyev stressed that one of the main obstacles to peace was \"Armenia's territorial claims against Azerbaijan\".",
    ),
  },
  ilkha: {
    article: "02-ilkha-blinken-tangible-progress.txt",
    url: null,
    // The saved text starts at the standfirst; this is the agency's headline for it.
    title: "Armenia and Azerbaijan make progress towards durable peace agreement at US-hosted talks",
    publisher: "İlke Haber Ajansı (ILKHA)",
    author: null,
    publishedAt: null,
    body: excerpt(
      "US Secretary of State Antony Blinken has stated that Armenia and Azerbaijan have made \"tangible progress\" towards reaching a consensus on a durable peace agreement during US-hosted talks.\nThe talks, which took place over four days in Arlington, Virginia, were attended by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.",
      "“The two sides have discussed some very tough issues over the last few days and they’ve made tangible progress on a durable peace agreement. I hope that they see – and I believe that they do, as I do – that there is an agreement within sight, within reach,” Blinken said at a closing session for the bilateral peace negotiation.",
      "While progress has been made, positions on key issues remain different, and discussions will continue. (ILKHA)",
    ),
  },
  carpenter: {
    article: "03-carpenter-osce-keenly-interested.txt",
    url: null,
    title: "U.S. 'keenly interested' in peace deal between Armenia, Azerbaijan, envoy says",
    // Not named in the text; the page furniture is that of ccbsnews.info.
    publisher: "ccbsnews.info",
    author: null,
    publishedAt: null,
    body: excerpt(
      "The United States is “very keenly interested” in securing a peace deal between Armenia and Azerbaijan, Ambassador Michael Carpenter, the U.S. Permanent Representative to the Organization for Security and Cooperation in Europe (OSCE), told a press briefing on Tuesday.\nHis comments came in response to a question about whether the U.S. plans to bring the Armenian and Azerbaijani foreign ministers together during the 29th OSCE Ministerial Council in Łódź, Poland on December 1-2 after Azerbaijan rejected peace talks involving French President Emmanuel Macron.",
      "“On your third question on the diplomacy between Armenia and Azerbaijan in pursuing an agreement that would bring peace to the region and normalize relations, as you know, the United States is very keenly involved in this process – I should say very deeply involved in this process, very keenly interested in securing a peace agreement, and we will continue to look for ways to bring the ministers and the leaders together,” Carpenter said.",
      "“Our objective is simple: We would like to see the border delimited as soon as possible; we would like to see a peace agreement agreed between the two sides as soon as possible so that peace and stability comes back to the region, the human rights and the security of all individuals living in this region are respected, and we can turn a new page in the history of the South Caucasus.",
    ),
  },
  urdupoint: {
    article: "04-urdupoint-aliyev-washington-visit.txt",
    url: null,
    title: "Azerbaijan, US Strengthen Ties, Advance Peace Process With Armenia",
    publisher: "UrduPoint (APP)",
    author: "Sumaira FH",
    publishedAt: "2025-08-09",
    body: excerpt(
      "BAKU (AZERBAIJAN), (APP - UrduPoint / Pakistan Point News - 9th Aug, 2025) Azerbaijan's President Ilham Aliyev paid a significant visit to the United States on August 7-8, 2025, marking a crucial step in strengthening the country's strategic partnership with the US.\n\nDuring the visit, President Aliyev and his US counterpart Donald Trump signed a Memorandum of Understanding (MoU) to establish a Strategic Working Group aimed at developing a Charter on Strategic Partnership between the two nations, according to Azerbaijan Foreign Office statement.",
      "A trilateral summit involving Azerbaijan, the US, and Armenia led to the signing of a Joint Declaration, reaffirming Azerbaijan's peace agenda and paving the way for further normalization.",
      "To solidify the peace agreement, Armenia is expected to amend its Constitution to eliminate territorial claims against Azerbaijan.",
    ),
  },
  daily8: {
    article: "05-daily8-no-breakthrough-trump-peace-signing.txt",
    url: null,
    title: "Leaders of Azerbaijan and Armenia reach no breakthrough on decades-long conflict",
    publisher: "Daily8",
    author: null,
    // The Abu Dhabi talks "on Thursday"; the page also carries FRANCE 24/AFP's report of 7 Aug 2025.
    publishedAt: "2025-07-10",
    body: excerpt(
      "Despite both sides agreeing on the wording of a potential bilateral peace treaty in March, the talks on Thursday brought about little clarity on when the treaty could be finalized.\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev instead both pledged to continue work on sensitive issues such as border demarcation.",
      "In September 2023, Azerbaijani forces launched a lightning blitz to retake remaining portions, forcing Karabakh's Armenian authorities to capitulate in negotiations mediated by Russian forces.",
      "Armenian Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan \"will join me at the White House for an official Peace Signing Ceremony,\" Trump posted Thursday on his Truth Social platform.",
      "Trump, a billionaire business tycoon, also said that Washington will sign bilateral deals with both of the countries \"to pursue Economic opportunities together, so we can fully unlock the potential of the South Caucasus Region.\"",
      "In early July, Pashinyan and Aliyev met for the latest round of peace talks in the United Arab Emirates, but they failed to yield a breakthrough. The two foes had previously met on the sidelines of the European Political Community summit in Albania in May. At the time, French President Emmanuel Macron and European Council President Antonio Costa called for a prompt signature of a peace agreement between the two countries.",
    ),
  },
} satisfies Record<string, DemoSource>;
export type SourceKey = keyof typeof demoSources;

export const demoClaimants = [
  { slug: "antony-blinken", name: "Antony Blinken", title: "US Secretary of State", organisation: "U.S. Department of State", country: "United States" },
  { slug: "joe-biden", name: "Joe Biden", title: "US President", organisation: "The White House", country: "United States" },
  { slug: "michael-carpenter", name: "Michael Carpenter", title: "US Ambassador to the OSCE", organisation: "U.S. Mission to the OSCE", country: "United States" },
  { slug: "donald-trump", name: "Donald Trump", title: "US President", organisation: "The White House", country: "United States" },
  { slug: "ilham-aliyev", name: "Ilham Aliyev", title: "President of Azerbaijan", organisation: null, country: "Azerbaijan" },
  { slug: "nikol-pashinyan", name: "Nikol Pashinyan", title: "Prime Minister of Armenia", organisation: null, country: "Armenia" },
  { slug: "emmanuel-macron", name: "Emmanuel Macron", title: "President of France", organisation: null, country: "France" },
] as const satisfies readonly DemoClaimant[];
export type ClaimantSlug = (typeof demoClaimants)[number]["slug"];

export interface DemoOutcome {
  title: string;
  description: string;
  occurredAt: IsoDate;
  source: SourceKey;
}

export const demoOutcomes = {
  arlingtonTalks: {
    title: "US hosts four days of Armenia–Azerbaijan talks in Arlington",
    description:
      "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov held four days of US-hosted talks in Arlington, Virginia. Blinken closed the round; positions on key issues remained different.",
    occurredAt: "2023-05-04",
    source: "ilkha",
  },
  karabakhOffensive: {
    title: "Azerbaijan retakes the rest of Karabakh",
    description:
      "In September 2023 Azerbaijani forces launched a lightning offensive; Karabakh's Armenian authorities capitulated in negotiations mediated by Russian forces.",
    occurredAt: "2023-09-19",
    source: "daily8",
  },
  treatyTextAgreed: {
    title: "Both sides agree on the treaty text",
    description: "Armenia and Azerbaijan agreed on the wording of a bilateral peace treaty. No date for signing it was set.",
    occurredAt: "2025-03-13",
    source: "daily8",
  },
  epcSummit: {
    title: "Leaders meet at the European Political Community summit in Albania",
    description:
      "Pashinyan and Aliyev met on the sidelines of the summit; Emmanuel Macron and European Council President António Costa called for a prompt signature of the peace agreement.",
    occurredAt: "2025-05-16",
    source: "daily8",
  },
  abuDhabiTalks: {
    title: "Abu Dhabi talks bring no breakthrough",
    description:
      "Pashinyan and Aliyev met in the United Arab Emirates. They pledged to continue work on border demarcation and confidence-building measures, but gave no date for finalising the treaty.",
    occurredAt: "2025-07-10",
    source: "daily8",
  },
  jointDeclaration: {
    title: "Joint Declaration signed at the White House",
    description:
      "A trilateral summit of Azerbaijan, Armenia and the US led to the signing of a Joint Declaration reaffirming the peace agenda. The peace treaty itself was not signed.",
    occurredAt: "2025-08-08",
    source: "urdupoint",
  },
  usAzerbaijanMou: {
    title: "Azerbaijan and the US sign a memorandum on strategic partnership",
    description:
      "Aliyev and Trump signed a Memorandum of Understanding establishing a Strategic Working Group to develop a Charter on Strategic Partnership.",
    occurredAt: "2025-08-08",
    source: "urdupoint",
  },
  constitutionCondition: {
    title: "Peace treaty tied to a change in Armenia's Constitution",
    description:
      "Reports after the White House summit say that, to solidify the peace agreement, Armenia is expected to amend its Constitution to remove territorial claims against Azerbaijan.",
    occurredAt: "2025-08-09",
    source: "urdupoint",
  },
} satisfies Record<string, DemoOutcome>;
export type OutcomeKey = keyof typeof demoOutcomes;

/**
 * One entry of a claim's history after its creation, in time order. `by` defaults to the editor.
 * `claimLink` links this claim to an earlier one of the list (by externalId), as an editor would.
 */
export type DemoStep = { at: IsoDateTime; by?: UserKey } & (
  | { publish: true }
  | { link: OutcomeKey; relation: OutcomeRelation; note: string }
  | { status: ClaimStatus; rationale: string }
  | { note: string }
  | { claimLink: { to: string; kind: ClaimLinkKind } }
);

export interface DemoClaim {
  externalId: string;
  claimant: ClaimantSlug;
  source: SourceKey;
  /** The exact words as they appear in the source body (anchored once in it). */
  quote: string;
  summary: string;
  /** The verdict in one line; a published claim needs one (lib/workbench/claim-schemas.ts headlineIssue). */
  headline?: string;
  statedAt: IsoDate;
  kind: ClaimKind;
  tags: string[];
  /** When the claim should be looked at again, and where that date comes from. */
  due?: { at: IsoDate; note: string };
  visibility: Visibility;
  /** Must equal the last status step (PENDING when there is none). */
  status: ClaimStatus;
  created: { at: IsoDateTime; by: UserKey };
  history: DemoStep[];
}

export const demoClaims: DemoClaim[] = [
  {
    externalId: "demo:blinken-tangible-progress",
    claimant: "antony-blinken",
    source: "ilkha",
    quote: "they’ve made tangible progress on a durable peace agreement",
    summary:
      "Blinken said the Armenian and Azerbaijani foreign ministers had made tangible progress towards a durable peace agreement during four days of US-hosted talks.",
    headline: "Blinken’s “tangible progress” towards a peace agreement: borne out",
    statedAt: "2023-05-04",
    kind: "ASSERTION",
    tags: ["peace-treaty", "us-mediation"],
    visibility: "PUBLISHED",
    status: "FULFILLED",
    created: { at: "2023-05-05T09:12:00Z", by: "editor" },
    history: [
      { at: "2023-05-05T15:40:00Z", by: "admin", publish: true },
      { at: "2023-05-05T15:45:00Z", link: "arlingtonTalks", relation: "CONTEXT", note: "The round of talks the statement sums up." },
      {
        at: "2023-05-08T10:00:00Z",
        status: "IN_PROGRESS",
        rationale:
          "The same report says positions on key issues remain different; whether the progress holds depends on the next rounds.",
      },
      {
        at: "2025-03-14T09:30:00Z",
        link: "treatyTextAgreed",
        relation: "SUPPORTS",
        note: "Agreement on the full treaty text shows that the negotiated progress was real.",
      },
      {
        at: "2025-03-14T09:40:00Z",
        status: "FULFILLED",
        rationale:
          "In March 2025 both sides agreed the wording of the peace treaty: the progress described in May 2023 led to a finished text.",
      },
    ],
  },
  {
    externalId: "demo:blinken-agreement-within-reach",
    claimant: "antony-blinken",
    source: "ilkha",
    quote: "there is an agreement within sight, within reach",
    summary: "Blinken said a peace agreement between Armenia and Azerbaijan was within sight and within reach.",
    headline: "Blinken’s “agreement within reach”: partly borne out",
    statedAt: "2023-05-04",
    kind: "PREDICTION",
    tags: ["peace-treaty", "us-mediation", "timeline"],
    visibility: "PUBLISHED",
    status: "PARTIALLY_FULFILLED",
    created: { at: "2023-05-05T09:20:00Z", by: "editor" },
    history: [
      { at: "2023-05-05T15:40:00Z", by: "admin", publish: true },
      { at: "2023-05-08T10:05:00Z", status: "IN_PROGRESS", rationale: "Talks continue after the Arlington round; no text has been agreed yet." },
      {
        at: "2023-09-25T08:30:00Z",
        link: "karabakhOffensive",
        relation: "CONTEXT",
        note: "The offensive changed the situation the 2023 negotiations were about.",
      },
      {
        at: "2023-09-25T08:40:00Z",
        status: "STALLED",
        rationale:
          "Azerbaijan's September 2023 offensive ended with Karabakh's Armenian authorities capitulating; no agreement followed.",
      },
      {
        at: "2025-03-14T09:50:00Z",
        link: "treatyTextAgreed",
        relation: "PARTIAL",
        note: "The text was agreed almost two years after the statement, but not signed.",
      },
      { at: "2025-03-14T10:00:00Z", status: "IN_PROGRESS", rationale: "Both sides agreed the treaty text in March 2025; the signature is outstanding." },
      {
        at: "2025-07-14T11:00:00Z",
        link: "abuDhabiTalks",
        relation: "CONTRADICTS",
        note: "The leaders met without setting a date to finalise the treaty.",
      },
      {
        at: "2025-07-14T11:10:00Z",
        status: "STALLED",
        rationale: "The Abu Dhabi summit brought no breakthrough and little clarity on when the treaty could be finalised.",
      },
      {
        at: "2025-08-11T09:00:00Z",
        by: "admin",
        link: "jointDeclaration",
        relation: "PARTIAL",
        note: "A signed declaration, not the peace treaty itself.",
      },
      {
        at: "2025-08-11T09:15:00Z",
        by: "admin",
        status: "PARTIALLY_FULFILLED",
        rationale:
          "The leaders signed a Joint Declaration at the White House on 8 August 2025, more than two years later; the peace treaty itself is still unsigned.",
      },
      {
        at: "2025-08-11T09:20:00Z",
        by: "admin",
        note: "Revisit when the treaty itself is signed: Azerbaijan ties the signature to Armenia's constitutional change.",
      },
      // Said in the same remarks as "tangible progress": readers find each under the other's "Also said".
      { at: "2025-08-11T09:25:00Z", claimLink: { to: "demo:blinken-tangible-progress", kind: "RELATED" } },
    ],
  },
  {
    externalId: "demo:biden-treaty-by-end-of-2024",
    claimant: "joe-biden",
    source: "commonspace",
    quote: "Aliyev should focus on reaching an agreement by the end of the year",
    summary: "In a letter to Ilham Aliyev, Biden urged Azerbaijan to reach a peace agreement with Armenia before the end of 2024.",
    headline: "Biden’s push for a peace agreement by the end of 2024: stalled",
    statedAt: "2024-10-21",
    kind: "PREDICTION",
    tags: ["peace-treaty", "deadline", "us-mediation"],
    // No verdict yet, so the demo has a claim in the overdue queue.
    due: { at: "2024-12-31", note: "End of 2024, per Biden's letter to Aliyev" },
    visibility: "PUBLISHED",
    status: "STALLED",
    created: { at: "2024-10-22T08:30:00Z", by: "editor" },
    history: [
      { at: "2024-10-22T12:00:00Z", publish: true },
      {
        at: "2024-10-22T12:05:00Z",
        status: "IN_PROGRESS",
        rationale:
          "The letter was delivered in person by Michael Carpenter; Aliyev answered that Armenia's territorial claims are a main obstacle.",
      },
      { at: "2025-01-06T09:00:00Z", status: "STALLED", rationale: "2024 ended without a peace agreement; the target date has passed." },
      {
        at: "2025-03-14T10:10:00Z",
        link: "treatyTextAgreed",
        relation: "CONTRADICTS",
        note: "Even the text was only agreed in March 2025, after the end-2024 target, and it was not signed.",
      },
    ],
  },
  {
    externalId: "demo:biden-committed-to-peace-treaty",
    claimant: "joe-biden",
    source: "commonspace",
    quote: "the US is strongly committed to supporting a peace treaty",
    summary: "Biden wrote that the United States is strongly committed to supporting an Armenia–Azerbaijan peace treaty.",
    headline: "Biden’s commitment to supporting a peace treaty: in progress",
    statedAt: "2024-10-21",
    kind: "PROMISE",
    tags: ["peace-treaty", "us-mediation"],
    visibility: "DRAFT",
    status: "IN_PROGRESS",
    created: { at: "2024-10-22T08:40:00Z", by: "editor" },
    history: [
      {
        at: "2024-10-22T12:10:00Z",
        status: "IN_PROGRESS",
        rationale: "The letter was hand-delivered by the National Security Council's Senior Director for Europe, a first sign of follow-through.",
      },
      {
        at: "2025-01-21T09:00:00Z",
        note: "The administration changed in January 2025. Decide whether this promise is judged on the new administration's record before publishing.",
      },
    ],
  },
  {
    externalId: "demo:aliyev-territorial-claims-obstacle",
    claimant: "ilham-aliyev",
    source: "commonspace",
    quote: "Armenia's territorial claims against Azerbaijan",
    summary: "Responding to Biden's letter, Aliyev said Armenia's territorial claims against Azerbaijan were one of the main obstacles to peace.",
    headline: "Aliyev’s charge that Armenia’s territorial claims stand in the way: unverifiable",
    statedAt: "2024-10-21",
    kind: "ASSERTION",
    tags: ["constitution", "peace-treaty"],
    visibility: "PUBLISHED",
    status: "UNVERIFIABLE",
    created: { at: "2024-10-22T08:50:00Z", by: "editor" },
    history: [
      { at: "2024-10-22T12:00:00Z", publish: true },
      {
        at: "2025-08-12T10:00:00Z",
        link: "constitutionCondition",
        relation: "CONTEXT",
        note: "After the White House summit Armenia is still expected to amend its Constitution before the treaty is solidified.",
      },
      {
        at: "2025-08-12T10:10:00Z",
        status: "UNVERIFIABLE",
        rationale:
          "A negotiating position rather than a checkable fact: the sources confirm Azerbaijan ties the treaty to Armenia's Constitution, not that these claims are the main obstacle.",
      },
    ],
  },
  {
    externalId: "demo:carpenter-keenly-interested",
    claimant: "michael-carpenter",
    source: "carpenter",
    quote:
      "very keenly interested in securing a peace agreement, and we will continue to look for ways to bring the ministers and the leaders together",
    summary:
      "Carpenter said the US was very keenly interested in an Armenia–Azerbaijan peace agreement and would keep looking for ways to bring the two countries' ministers and leaders together.",
    headline: "The US promise to keep bringing the foreign ministers together: borne out",
    statedAt: "2022-11-29",
    kind: "PROMISE",
    tags: ["us-mediation", "osce"],
    visibility: "PUBLISHED",
    status: "FULFILLED",
    created: { at: "2022-11-30T10:00:00Z", by: "editor" },
    history: [
      { at: "2022-11-30T14:00:00Z", by: "admin", publish: true },
      {
        at: "2023-05-05T16:00:00Z",
        link: "arlingtonTalks",
        relation: "SUPPORTS",
        note: "The US brought the two foreign ministers together for four days of talks.",
      },
      {
        at: "2023-05-05T16:05:00Z",
        status: "IN_PROGRESS",
        rationale: "The US hosted the Armenian and Azerbaijani foreign ministers in Arlington, Virginia; the leaders have not met under US auspices yet.",
      },
      {
        at: "2025-08-11T09:30:00Z",
        by: "admin",
        link: "jointDeclaration",
        relation: "SUPPORTS",
        note: "The US hosted both leaders at the White House.",
      },
      {
        at: "2025-08-11T09:40:00Z",
        by: "admin",
        status: "FULFILLED",
        rationale: "The US brought Pashinyan and Aliyev together at the White House, where they signed a Joint Declaration on 8 August 2025.",
      },
    ],
  },
  {
    externalId: "demo:carpenter-border-delimited",
    claimant: "michael-carpenter",
    source: "carpenter",
    quote: "We would like to see the border delimited as soon as possible",
    summary: "Carpenter said the US objective was for the Armenia–Azerbaijan border to be delimited as soon as possible.",
    statedAt: "2022-11-29",
    kind: "ASSERTION",
    tags: ["border", "osce"],
    visibility: "DRAFT",
    status: "PENDING",
    created: { at: "2022-11-30T10:10:00Z", by: "editor" },
    history: [
      {
        at: "2022-11-30T10:15:00Z",
        note: "Needs an outcome on border delimitation before it can be published.",
      },
    ],
  },
  {
    externalId: "demo:trump-peace-signing-ceremony",
    claimant: "donald-trump",
    source: "daily8",
    quote: "will join me at the White House for an official Peace Signing Ceremony",
    summary: "Trump announced that Pashinyan and Aliyev would come to the White House for an official peace signing ceremony.",
    headline: "Trump’s “official Peace Signing Ceremony” at the White House: partly borne out",
    statedAt: "2025-08-07",
    kind: "PREDICTION",
    tags: ["white-house-summit", "peace-treaty"],
    visibility: "PUBLISHED",
    status: "PARTIALLY_FULFILLED",
    created: { at: "2025-08-07T21:00:00Z", by: "editor" },
    history: [
      { at: "2025-08-07T21:30:00Z", by: "admin", publish: true },
      {
        at: "2025-08-11T08:45:00Z",
        link: "jointDeclaration",
        relation: "PARTIAL",
        note: "Both leaders came and a Joint Declaration was signed, not the peace treaty.",
      },
      {
        at: "2025-08-11T08:50:00Z",
        link: "constitutionCondition",
        relation: "CONTEXT",
        note: "Signing the treaty still depends on Armenia changing its Constitution.",
      },
      {
        at: "2025-08-11T09:00:00Z",
        status: "PARTIALLY_FULFILLED",
        rationale:
          "Pashinyan and Aliyev came to the White House on 8 August 2025 and signed a Joint Declaration, but not the peace treaty itself, which still hinges on Armenia amending its Constitution.",
      },
    ],
  },
  {
    externalId: "demo:trump-economic-deals",
    claimant: "donald-trump",
    source: "daily8",
    quote: "to pursue Economic opportunities together, so we can fully unlock the potential of the South Caucasus Region",
    summary: "Trump said the US would sign bilateral deals with both Armenia and Azerbaijan to pursue economic opportunities in the South Caucasus.",
    headline: "Trump’s promise of economic deals for the South Caucasus: partly borne out",
    statedAt: "2025-08-07",
    kind: "PROMISE",
    tags: ["white-house-summit", "economy"],
    visibility: "PUBLISHED",
    status: "PARTIALLY_FULFILLED",
    created: { at: "2025-08-07T21:10:00Z", by: "editor" },
    history: [
      { at: "2025-08-07T21:30:00Z", by: "admin", publish: true },
      { at: "2025-08-11T10:00:00Z", link: "usAzerbaijanMou", relation: "PARTIAL", note: "An agreement with Azerbaijan only." },
      {
        at: "2025-08-11T10:10:00Z",
        status: "PARTIALLY_FULFILLED",
        rationale:
          "Azerbaijan and the US signed a memorandum establishing a Strategic Working Group; these sources report no matching agreement with Armenia.",
      },
    ],
  },
  {
    externalId: "demo:pashinyan-continue-border-demarcation",
    claimant: "nikol-pashinyan",
    source: "daily8",
    quote: "pledged to continue work on sensitive issues such as border demarcation",
    summary: "After talks in Abu Dhabi, Pashinyan, like Aliyev, pledged to continue work on sensitive issues such as border demarcation.",
    headline: "Pashinyan’s pledge to keep working on border demarcation: in progress",
    statedAt: "2025-07-10",
    kind: "PROMISE",
    tags: ["border", "peace-treaty"],
    visibility: "PUBLISHED",
    status: "IN_PROGRESS",
    created: { at: "2025-07-11T09:00:00Z", by: "editor" },
    history: [
      { at: "2025-07-11T09:30:00Z", publish: true },
      { at: "2025-07-11T09:35:00Z", link: "abuDhabiTalks", relation: "CONTEXT", note: "The summit at which the pledge was made." },
      {
        at: "2025-08-11T10:30:00Z",
        link: "jointDeclaration",
        relation: "SUPPORTS",
        note: "Talks continued: the two leaders signed a Joint Declaration a month later.",
      },
      {
        at: "2025-08-11T10:40:00Z",
        status: "IN_PROGRESS",
        rationale: "The Joint Declaration of 8 August 2025 paves the way for further normalisation; no demarcation result is reported yet.",
      },
    ],
  },
  {
    externalId: "demo:macron-prompt-signature",
    claimant: "emmanuel-macron",
    source: "daily8",
    quote: "called for a prompt signature of a peace agreement between the two countries",
    summary:
      "At the European Political Community summit in Albania, Macron and European Council President António Costa called for a prompt signature of the Armenia–Azerbaijan peace agreement.",
    headline: "Macron’s call for a prompt signature of the peace agreement: stalled",
    statedAt: "2025-05-16",
    kind: "PREDICTION",
    tags: ["peace-treaty", "europe"],
    visibility: "PUBLISHED",
    status: "STALLED",
    created: { at: "2025-08-08T10:00:00Z", by: "editor" },
    history: [
      { at: "2025-08-08T10:20:00Z", publish: true },
      { at: "2025-08-08T10:22:00Z", link: "epcSummit", relation: "CONTEXT", note: "The summit at which the call was made." },
      {
        at: "2025-08-08T10:25:00Z",
        link: "abuDhabiTalks",
        relation: "CONTRADICTS",
        note: "Two months later the leaders met again without signing.",
      },
      { at: "2025-08-08T10:30:00Z", status: "STALLED", rationale: "No signature followed: the July talks in Abu Dhabi brought no breakthrough." },
      {
        at: "2025-08-12T09:00:00Z",
        link: "jointDeclaration",
        relation: "CONTEXT",
        note: "A declaration was signed at the White House; the peace agreement itself was not.",
      },
    ],
  },
];

export const demoData = {
  users: demoUsers,
  sources: demoSources,
  claimants: demoClaimants,
  outcomes: demoOutcomes,
  claims: demoClaims,
};
export type DemoData = typeof demoData;
