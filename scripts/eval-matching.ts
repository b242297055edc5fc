/** `npm run eval:matching`: how an imported article is matched against the ledger (scripts/matching-on-demo-ledger.ts). */
import { matchingOnDemoLedger } from "./matching-on-demo-ledger.ts";

console.log(await matchingOnDemoLedger());
