// The little of React that entry.ts uses: the project has no @types/react, and needs no more than this.
declare module 'react' {
  export function createElement(type: unknown, props?: Record<string, unknown> | null): unknown;
}

declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(children: unknown): void };
}
