import Link from "next/link";
import { LocalDate } from "@/components/LocalDate.tsx";

interface SourceSummary {
  id: number;
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
}

/** "Source: <title> (publisher, date) · original": the title opens the source page here. */
export function SourceLink({ source }: { source: SourceSummary }) {
  return (
    <>
      Source:{" "}
      <Link href={`/sources/${source.id}`} className="underline">
        {source.title}
      </Link>
      {source.publisher || source.publishedAt ? (
        <>
          {" "}
          ({source.publisher}
          {source.publisher && source.publishedAt ? ", " : null}
          {source.publishedAt ? <LocalDate value={source.publishedAt} /> : null})
        </>
      ) : null}
      {source.url ? (
        <>
          {" · "}
          <a href={source.url} className="underline" rel="noopener noreferrer">
            original article
          </a>
        </>
      ) : null}
    </>
  );
}
