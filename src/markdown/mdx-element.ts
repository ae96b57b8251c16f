// What the Markdown plugins here read of Sätteri's hast (its types live in `satteri`, which the project reaches only
// through @astrojs/markdown-satteri), and the one way they build the MDX component elements they hand to the page.

/** A hast node as a Sätteri visitor sees it: an element, text, or an MDX node. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  /** A text node's characters. */
  value?: string;
  /** An MDX component element's name. */
  name?: string;
}

/** The part of a Sätteri hast visitor's context the plugins use. */
export interface HastContext {
  textContent(node: HastNode): string;
  replaceNode(node: HastNode, replacement: HastNode): void;
  wrapNode(node: HastNode, parent: HastNode): void;
  removeNode(node: HastNode): void;
  parent(node: HastNode): HastNode | undefined;
  indexOf(node: HastNode): number | undefined;
}

/** What the factory of a Sätteri plugin is told about the document before it is parsed. */
export interface PluginFactoryContext {
  sourceFormat: 'markdown' | 'mdx';
}

/** An attribute's value: a string as it is, a number or a list of strings as their literal, or an expression. */
export type AttributeValue = string | number | readonly string[] | { expression: string };

/** `<name …attributes>children</name>`: an MDX component element, rendered by the page's component map. */
export function mdxElement(name: string, attributes: Record<string, AttributeValue>, children: HastNode[] = []) {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value:
        typeof value === 'string'
          ? value
          : {
              type: 'mdxJsxAttributeValueExpression',
              value: typeof value === 'object' && 'expression' in value ? value.expression : JSON.stringify(value),
            },
    })),
    children,
  };
}
