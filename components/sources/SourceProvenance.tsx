import { LocalDate } from "@/components/LocalDate.tsx";
import { archiveLabel, originalFilePath, saveInInternetArchiveUrl } from "@/lib/public/source-provenance.ts";

interface Props {
  source: {
    id: number;
    url: string | null;
    retrievedAt: Date | null;
    archiveUrls: string[];
    original: { fileName: string; sha256: string } | null;
  };
  /** Offer the original file for download (it is served for public sources only). */
  downloadable: boolean;
}

/**
 * Where a source's text came from, as definition-list rows: the article's own address with its
 * archived copies and a link to archive it now, the day the text was taken, and the file it was
 * extracted from with its SHA-256, which anyone holding a copy can compare (`sha256sum file`).
 */
export function SourceProvenance({ source, downloadable }: Props) {
  return (
    <>
      <dt className="font-semibold">Original</dt>
      <dd className="break-all">
        {source.url ? (
          <>
            <a href={source.url} className="underline" rel="noopener noreferrer">
              {source.url}
            </a>{" "}
            <span className="whitespace-nowrap text-stone-700">
              (
              <a href={saveInInternetArchiveUrl(source.url)} className="underline" rel="noopener noreferrer" target="_blank">
                Save in the Internet Archive
              </a>
              )
            </span>
          </>
        ) : (
          "no address recorded"
        )}
      </dd>
      {source.archiveUrls.length > 0 ? (
        <>
          <dt className="font-semibold">Archived copies</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3">
              {source.archiveUrls.map((url) => (
                <li key={url}>
                  <a href={url} className="underline" rel="noopener noreferrer" title={url}>
                    {archiveLabel(url)}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {source.retrievedAt ? (
        <>
          <dt className="font-semibold">Text taken</dt>
          <dd>
            <LocalDate value={source.retrievedAt} />
          </dd>
        </>
      ) : null}
      {source.original ? (
        <>
          <dt className="font-semibold">Original file</dt>
          <dd className="break-all">
            {downloadable ? (
              <a href={originalFilePath(source.id)} className="underline" download={source.original.fileName}>
                {source.original.fileName}
              </a>
            ) : (
              source.original.fileName
            )}
            , kept byte for byte; SHA-256 <code className="text-xs">{source.original.sha256}</code>
          </dd>
        </>
      ) : null}
    </>
  );
}
