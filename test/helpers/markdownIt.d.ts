// markdown-it comes with @vscode/vsce (no types installed): the little the hover tests use.
declare module 'markdown-it' {
  interface Token {
    type: string;
    content: string;
    children: Token[] | null;
    attrGet(name: string): string | null;
  }
  export default class MarkdownIt {
    validateLink: (url: string) => boolean;
    parse(src: string, env: object): Token[];
  }
}
