import { inflateSync } from "node:zlib";

/**
 * The text of each page of a PDF that Chromium printed, as far as a test
 * needs it: page by page, in drawing order. Chromium (Skia) draws text with
 * Type0 fonts whose glyph ids map to Unicode through each font's ToUnicode
 * CMap; this reads exactly that (objects, Flate streams, the page tree,
 * `Tf`/`Tj`/`TJ`) and nothing more, so it fails loudly on anything else.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? "";
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + (body[at + 6] === "\r" ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const raw = Buffer.from(body.slice(start, start + length), "latin1");
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  const object = (ref: number) => {
    const found = objects.get(ref);
    if (!found) throw new Error(`PDF object ${ref} is missing`);
    return found;
  };
  const refOf = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  if (!catalog) throw new Error("no PDF catalog");
  const pages: number[] = [];
  const walk = (ref: number) => {
    const node = object(ref).dict;
    if (/\/Type\s*\/Pages/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? "";
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else pages.push(ref);
  };
  walk(refOf(catalog.dict, "Pages"));

  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (fontRef: number) => {
    let cmap = cmaps.get(fontRef);
    if (!cmap) {
      cmap = parseToUnicode(object(refOf(object(fontRef).dict, "ToUnicode")).stream?.toString("latin1") ?? "");
      cmaps.set(fontRef, cmap);
    }
    return cmap;
  };

  return pages.map((pageRef) => {
    const page = object(pageRef).dict;
    const resourcesRef = refOf(page, "Resources");
    const resources = Number.isNaN(resourcesRef) ? page : object(resourcesRef).dict;
    const fontsRef = refOf(resources, "Font");
    const fontDict = Number.isNaN(fontsRef)
      ? (/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "")
      : object(fontsRef).dict;
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+) (\d+) 0 R/g)].map((m) => [m[1] ?? "", Number(m[2])]));
    const contentRefs = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? `${refOf(page, "Contents")} 0 R`;
    let text = "";
    for (const ref of contentRefs.matchAll(/(\d+) 0 R/g)) {
      const content = object(Number(ref[1])).stream?.toString("latin1") ?? "";
      let cmap: Map<number, string> | null = null;
      for (const op of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f\s]*>)\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
        if (op[1]) {
          const font = fonts.get(op[1]);
          cmap = font === undefined ? null : cmapOf(font);
        } else if (cmap) {
          const strings = op[2] ? [op[2]] : [...(op[3] ?? "").matchAll(/<[0-9A-Fa-f\s]*>/g)].map((m) => m[0]);
          for (const hex of strings) text += decodeGlyphs(hex, cmap);
        }
      }
      text += "\n";
    }
    return text;
  });
}

function decodeGlyphs(hex: string, cmap: Map<number, string>): string {
  const digits = hex.replace(/[<>\s]/g, "");
  let out = "";
  for (let i = 0; i + 4 <= digits.length; i += 4) out += cmap.get(Number.parseInt(digits.slice(i, i + 4), 16)) ?? "";
  return out;
}

/** `bfchar` and `bfrange` entries of a ToUnicode CMap: glyph id → text (UTF-16BE in the CMap). */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const bytes = Buffer.from(hex.replace(/\s/g, ""), "hex");
    let s = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(Number.parseInt(m[1] ?? "", 16), utf16(m[2] ?? ""));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = Number.parseInt(m[1] ?? "", 16);
      const hi = Number.parseInt(m[2] ?? "", 16);
      const target = m[3] ?? "";
      if (target.startsWith("[")) {
        [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((t, i) => {
          map.set(lo + i, utf16(t[1] ?? ""));
        });
      } else {
        const base = utf16(target.slice(1, -1));
        for (let code = lo; code <= hi; code++) {
          map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - lo));
        }
      }
    }
  }
  return map;
}
