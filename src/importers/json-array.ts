/**
 * A streaming reader of one JSON array, element by element. It scans the bytes for the
 * boundaries of the top-level array's elements (tracking strings, escapes and bracket depth)
 * and hands each element's text to `JSON.parse`, which checks it. `stream-json`, which builds
 * each value token by token, was the slowest step of reading an import.
 *
 * It works on bytes, not decoded text: the bytes it looks for (quotes, backslashes, brackets,
 * commas, whitespace) never occur inside a multi-byte UTF-8 character, so a chunk may end
 * anywhere, and an element's bytes are decoded whole.
 */

/** The bytes are not one JSON array: says where and why. */
export class JsonArrayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JsonArrayError";
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isOpening = (byte: number) => byte === OPEN_CURLY || byte === OPEN_SQUARE;
const isClosing = (byte: number) => byte === CLOSE_CURLY || byte === CLOSE_SQUARE;

/** Where the scan is. */
const enum Place {
  /** Before the array's `[`. */
  BeforeArray,
  /** After `[`: an element or `]`. */
  FirstElement,
  /** After a `,`: an element. */
  NextElement,
  /** Inside an element. */
  InElement,
  /** After an object or array element: `,` or `]`. */
  AfterElement,
  /** After the array's `]`: only whitespace. */
  AfterArray,
}

/** The text of an element: the bytes of earlier chunks, then `bytes[start, end)`. */
function elementText(pending: Buffer[], bytes: Buffer, start: number, end: number): string {
  const tail = bytes.subarray(start, end);
  return (pending.length === 0 ? tail : Buffer.concat([...pending, tail])).toString("utf8");
}

const found = (byte: number) =>
  byte < 0x20 || byte > 0x7e ? `byte 0x${byte.toString(16)}` : `"${String.fromCharCode(byte)}"`;

/**
 * The elements of the JSON array that `chunks` make up, parsed, in order. Throws
 * `JsonArrayError` as soon as the bytes cannot be one array; the elements before the error
 * have been yielded by then, so a caller that refuses a bad file whole reads it through first.
 */
export async function* jsonArrayElements(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<unknown> {
  let place = Place.BeforeArray as Place;
  /** Open objects and arrays of the element under way; an element that is a string or scalar stays at 0. */
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Bytes of the element under way from earlier chunks. */
  let pending: Buffer[] = [];
  let offset = 0;
  let index = 0;
  const fail = (at: number, what: string): never => {
    throw new JsonArrayError(`${what} at byte ${at}`);
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    const elements: unknown[] = [];
    let start = 0;
    /** The chunk's next backslash from where it was last looked for; the chunk's length when there is none. */
    let nextBackslash = -1;
    /** Parses the element that ends before `at`, and says where the scan goes next. */
    const end = (at: number, next: Place): Place => {
      const text = elementText(pending, bytes, start, at);
      pending = [];
      try {
        elements.push(JSON.parse(text));
      } catch (error) {
        fail(offset + at, `element ${index} is not valid JSON (${(error as Error).message})`);
      }
      index++;
      return next;
    };
    try {
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (place === Place.InElement) {
          if (inString) {
            if (escaped) {
              escaped = false;
              continue;
            }
            // Most of a file is the text of strings: skip to their next quote or backslash natively.
            const quote = bytes.indexOf(QUOTE, i);
            const stop = quote < 0 ? bytes.length : quote;
            if (nextBackslash < i) {
              const backslash = bytes.indexOf(BACKSLASH, i);
              nextBackslash = backslash < 0 ? bytes.length : backslash;
            }
            if (nextBackslash < stop) {
              i = nextBackslash;
              escaped = true;
            } else if (quote < 0) i = bytes.length;
            else {
              i = quote;
              inString = false;
            }
          } else if (byte === QUOTE) inString = true;
          else if (isOpening(byte)) depth++;
          else if (isClosing(byte) && depth > 0) {
            // An object or array element ends at its closing bracket (JSON.parse checks they pair).
            if (--depth === 0) place = end(i + 1, Place.AfterElement);
          } else if (depth === 0 && (byte === COMMA || byte === CLOSE_SQUARE)) {
            // A string or scalar element ends at what follows it.
            place = end(i, byte === COMMA ? Place.NextElement : Place.AfterArray);
          }
          continue;
        }
        if (isSpace(byte)) continue;
        switch (place) {
          case Place.BeforeArray:
            if (byte !== OPEN_SQUARE) fail(offset + i, `not a JSON array: expected "[", found ${found(byte)}`);
            place = Place.FirstElement;
            break;
          case Place.FirstElement:
          case Place.NextElement:
            if (byte === CLOSE_SQUARE && place === Place.FirstElement) place = Place.AfterArray;
            else if (byte === COMMA || isClosing(byte)) fail(offset + i, `expected an element, found ${found(byte)}`);
            else {
              place = Place.InElement;
              start = i;
              inString = byte === QUOTE;
              escaped = false;
              depth = isOpening(byte) ? 1 : 0;
            }
            break;
          case Place.AfterElement:
            if (byte === COMMA) place = Place.NextElement;
            else if (byte === CLOSE_SQUARE) place = Place.AfterArray;
            else fail(offset + i, `expected "," or "]" after element ${index - 1}, found ${found(byte)}`);
            break;
          case Place.AfterArray:
            fail(offset + i, `expected nothing after the array, found ${found(byte)}`);
        }
      }
    } catch (error) {
      // The elements before the error are handed over first, as the error's place says.
      yield* elements;
      throw error;
    }
    if (place === Place.InElement) pending.push(start === 0 ? bytes : bytes.subarray(start));
    offset += bytes.length;
    yield* elements;
  }
  if (place !== Place.AfterArray) {
    fail(offset, place === Place.BeforeArray ? "not a JSON array: no text" : "unexpected end: the array is not closed");
  }
}
