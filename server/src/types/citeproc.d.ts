/** citeproc-js (npm "citeproc") ships no types: the part of its API this project uses. */
declare module 'citeproc' {
  const CSL: {
    Engine: new (sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown }, style: string) => unknown;
  };
  export default CSL;
}
