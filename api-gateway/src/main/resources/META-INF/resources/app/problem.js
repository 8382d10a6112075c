// The gateway's errors are RFC 9457 problem details ({type, title, status, detail}) with no field member;
// every refusal about a field starts its detail with the field's JSON name in quotes, e.g.
// "\"problem\" is required and must not be blank". The page shows it next to the control for that field.

const CONTROL_OF_FIELD = {
  problem: 'problem',
  message: 'message',
  provider: 'model',
  model: 'model',
  maxIterations: 'maxIterations',
  diagnostics: 'diagnostics',
};

export function fieldOf(detail) {
  const named = /^"([A-Za-z]+)"/.exec(detail ?? '');
  return named ? CONTROL_OF_FIELD[named[1]] ?? null : null;
}

export class ApiError extends Error {
  constructor(status, problem) {
    const detail = problem?.detail || problem?.title || `the gateway answered HTTP ${status}`;
    super(detail);
    this.status = status;
    this.field = fieldOf(problem?.detail);
  }
}

export class GatewayUnreachable extends Error {
  constructor() {
    super('the gateway cannot be reached');
  }
}

export async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
