// A small Python tokenizer for colouring code: keywords, strings (triple-quoted too), comments, numbers,
// builtins and the pm./az./np. names of PyMC, ArviZ and NumPy. Tokens become text inside spans, never HTML.

const KEYWORDS = new Set(('and as assert async await break class continue def del elif else except finally for '
  + 'from global if import in is lambda nonlocal not or pass raise return try while with yield match case '
  + 'True False None').split(' '));

const BUILTINS = new Set(('abs all any bool dict enumerate float int isinstance len list map max min open print '
  + 'range round set sorted str sum tuple type zip').split(' '));

const LIBRARIES = /^(pm|az|np|pt)\./;

const STRING_PREFIX = '[rRbBfFuU]{0,2}';
const TOKEN = new RegExp([
  `(${STRING_PREFIX}(?:"""[\\s\\S]*?(?:"""|$)|'''[\\s\\S]*?(?:'''|$)`
    + `|"(?:\\\\.|[^"\\\\\\n])*"?|'(?:\\\\.|[^'\\\\\\n])*'?))`,
  '(#[^\\n]*)',
  '(\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?j?|\\.\\d+(?:[eE][+-]?\\d+)?)',
  '([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)',
  '(\\s+|[\\s\\S])',
].join('|'), 'y');

function kindOfName(name) {
  if (KEYWORDS.has(name)) return 'keyword';
  if (BUILTINS.has(name)) return 'builtin';
  if (LIBRARIES.test(name)) return 'library';
  return null;
}

export function tokenize(code) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(code); match && match[0]; match = TOKEN.exec(code)) {
    const [text, string, comment, number, name] = match;
    let kind = null;
    if (string) kind = 'string';
    else if (comment) kind = 'comment';
    else if (number) kind = 'number';
    else if (name) kind = kindOfName(name);
    tokens.push({ kind, text });
  }
  return tokens;
}

function nodeOf(kind, text) {
  if (!kind) return document.createTextNode(text);
  const span = document.createElement('span');
  span.className = `tok-${kind}`;
  span.textContent = text;
  return span;
}

// The code as lines of nodes; a token that spans lines (a triple-quoted string) is cut at each newline.
export function highlightedLines(code) {
  const lines = [[]];
  for (const { kind, text } of tokenize(code)) {
    text.split(/\r\n|\n/).forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push(nodeOf(kind, piece));
    });
  }
  return lines;
}
