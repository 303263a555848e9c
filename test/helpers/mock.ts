/** Asking the mock platform (mock/, mounted by the test runner) directly, around the widget. */

/** POSTs a request body to the mock endpoint under `spec` (a fault spec, '' for none) and returns the text. */
export async function mockText(spec: string, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`/api${spec ? `/mock/${spec}` : ''}/client/OperationHistory`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ SiteCode: 'test', ...body }),
  });
  return response.text();
}

/** The `Id`s of a mock member's whole history under `spec`, newest first, as written (never through Number). */
export async function mockIds(token: string, spec = ''): Promise<string[]> {
  const text = await mockText(spec, { Token: token, Start: 1, Length: 0 });
  return [...text.matchAll(/"Id":(\d+)/g)].map((m) => m[1]!);
}
