// Built by `npm run analyze` (cem), so it is missing on a clean clone until
// the first build; this keeps `tsc --noEmit` working before that.
declare module '*/custom-elements.json' {
  const manifest: {schemaVersion: string; modules: unknown[]};
  export default manifest;
}
