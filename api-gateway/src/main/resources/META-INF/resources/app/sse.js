// Server-Sent Events read from a fetch() response, since EventSource cannot send an Authorization header.
// Yields the data of each event: its "data:" lines joined by "\n", dispatched at a blank line.

// The complete lines of `text` and the unfinished rest. A "\r" at the very end may be the first half of
// a "\r\n" split across chunks, so it waits for the next chunk.
function splitLines(text) {
  const held = text.endsWith('\r') ? '\r' : '';
  const lines = (held ? text.slice(0, -1) : text).split(/\r\n|\r|\n/);
  const rest = lines.pop() + held;
  return { lines, rest };
}

export async function* eventData(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  let data = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const split = splitLines(rest + value);
      rest = split.rest;
      for (const line of split.lines) {
        if (line === '') {
          if (data.length) yield data.join('\n');
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        }
        // Other fields (event:, id:, retry:) and comments (":...") carry nothing this page uses.
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
