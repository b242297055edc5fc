import Link from "next/link";

/** Where a claim page (and the footer) send readers who ask how a verdict was reached. */
export function MethodologyLink() {
  return (
    <Link href="/methodology" className="underline">
      How we choose claims, reach verdicts and correct mistakes
    </Link>
  );
}
