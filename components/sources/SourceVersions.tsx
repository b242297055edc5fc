import Link from "next/link";

interface Version {
  number: number;
  sha256: string;
  reason: string | null;
  createdAt: Date;
  createdBy?: { name: string } | null;
}

interface Props {
  versions: Version[];
  /** The page showing a version's text, when there is one (the public pages). */
  href?: (number: number) => string;
  /** The version on screen, marked in the list. */
  current?: number;
}

const when = (value: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(value);

/**
 * A source's text versions, newest first: number, date (UTC), who saved it when known, why, and the
 * SHA-256 of its UTF-8 text, which anyone holding a copy can compare (`sha256sum`).
 */
export function SourceVersions({ versions, href, current }: Props) {
  return (
    <ol className="space-y-2 text-sm">
      {versions.map((version) => (
        <li key={version.number} className="rounded border border-stone-200 bg-white p-2" aria-current={version.number === current ? "page" : undefined}>
          <p>
            <span className="font-semibold">
              {href && version.number !== current ? (
                <Link href={href(version.number)} className="underline underline-offset-2">
                  Version {version.number}
                </Link>
              ) : (
                `Version ${version.number}`
              )}
            </span>
            {version.number === current ? " (shown)" : null}
            {" · "}
            <time dateTime={version.createdAt.toISOString()}>{when(version.createdAt)} UTC</time>
            {version.createdBy ? ` · by ${version.createdBy.name}` : null}
          </p>
          <p className="text-stone-700">{version.reason ?? (version.number === 1 ? "The text as first saved." : "No reason recorded.")}</p>
          <p className="break-all text-stone-700">
            SHA-256 <code className="font-mono text-xs">{version.sha256}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}
