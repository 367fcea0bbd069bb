import sax from "sax";
import { UnreadableSourceError } from "./records";

/**
 * An element of an entry, read the way the Atom mapper reads it: an element with only text is
 * that text; otherwise an object of its attributes, its children by name, and its text under
 * `text`. A repeated child becomes a list, and `author`, `link` and `category` always are.
 */
export type AtomValue = string | AtomElement;
export interface AtomElement {
  [name: string]: AtomValue | AtomValue[] | undefined;
}

const ALWAYS_LISTS = new Set(["author", "link", "category"]);

interface OpenElement {
  name: string;
  element: AtomElement;
  text: string;
  hasChildren: boolean;
}

function valueOf({ element, text, hasChildren }: OpenElement): AtomValue {
  const trimmed = text.trim();
  if (!hasChildren && Object.keys(element).length === 0) return trimmed;
  if (trimmed !== "") element.text = trimmed;
  return element;
}

function addChild(parent: AtomElement, name: string, value: AtomValue): void {
  const existing = parent[name];
  if (Array.isArray(existing)) existing.push(value);
  else if (existing !== undefined) parent[name] = [existing, value];
  else parent[name] = ALWAYS_LISTS.has(name) ? [value] : value;
}

/**
 * The `<entry>` elements of an Atom feed, each handed over as soon as its closing tag has been
 * read: only the entry being read is held, never the feed. `chunks` is the feed's text or bytes
 * (UTF-8) in pieces of any size.
 */
export async function* atomEntries(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<AtomElement> {
  const parser = sax.parser(true);
  const decoder = new TextDecoder();
  // Elements open inside the current entry, the entry first.
  const open: OpenElement[] = [];
  const ready: AtomElement[] = [];
  let depth = 0;
  let sawFeed = false;

  parser.onopentag = (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.name !== "feed") throw new UnreadableSourceError("not an Atom feed: no <feed> element");
      sawFeed = true;
      return;
    }
    if (depth === 2 && tag.name !== "entry") return;
    if (open.length > 0) open[open.length - 1].hasChildren = true;
    if (depth === 2 || open.length > 0) {
      open.push({
        name: tag.name,
        element: { ...(tag.attributes as Record<string, string>) },
        text: "",
        hasChildren: false,
      });
    }
  };
  parser.ontext = parser.oncdata = (text) => {
    if (open.length > 0) open[open.length - 1].text += text;
  };
  parser.onclosetag = () => {
    depth--;
    const closed = open.pop();
    if (!closed) return;
    if (open.length === 0) ready.push(closed.element);
    else addChild(open[open.length - 1].element, closed.name, valueOf(closed));
  };
  parser.onerror = (error) => {
    throw new UnreadableSourceError(`not valid XML: ${error.message.replace(/\n/g, " ")}`);
  };

  const readyEntries = function* () {
    while (ready.length > 0) yield ready.shift()!;
  };
  for await (const chunk of chunks) {
    parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    yield* readyEntries();
  }
  parser.write(decoder.decode()).close();
  yield* readyEntries();
  if (!sawFeed) throw new UnreadableSourceError("not an Atom feed: no <feed> element");
}
