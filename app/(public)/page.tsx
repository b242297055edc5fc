import { ClaimCard } from "@/components/ClaimCard.tsx";
import { listPublishedClaims } from "@/lib/claims.ts";

export const dynamic = "force-dynamic";

export default async function ClaimIndexPage() {
  const claims = await listPublishedClaims();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight">Claims</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Public statements, tracked against what happened next.
      </p>
      {claims.length === 0 ? (
        <p className="mt-8 text-stone-700">No published claims yet.</p>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="Claims, newest statement first">
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimCard claim={claim} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
