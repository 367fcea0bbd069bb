const SUBSCRIBE = `mutation Subscribe($input: SubscribeToDigestInput!) {
  subscribeToDigest(input: $input) { message userErrors { field message code } }
}`;

interface SubscribeResponse {
  data?: { subscribeToDigest: { message: string | null; userErrors: { field: string[]; message: string }[] } } | null;
  errors?: { message: string }[];
}

/**
 * Sends the inbox form to the `subscribeToDigest` mutation and shows its answer beside the
 * form, in its status line; a mistake in the address marks the field invalid.
 */
export function enhanceInboxForm(form: HTMLFormElement): void {
  const result = form.querySelector<HTMLElement>("#inbox-result")!;
  const email = form.querySelector<HTMLInputElement>('input[name="email"]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const show = (message: string, outcome: "done" | "error", emailInvalid = false) => {
    result.textContent = message;
    result.dataset.outcome = outcome;
    if (emailInvalid) email.setAttribute("aria-invalid", "true");
    else email.removeAttribute("aria-invalid");
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const search = fields.get("search");
    const input = {
      email: String(fields.get("email") ?? ""),
      frequency: String(fields.get("frequency") ?? ""),
      topic: typeof search === "string" ? { search } : null,
    };
    button.disabled = true;
    try {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SUBSCRIBE, variables: { input } }),
      });
      const { data, errors } = (await response.json()) as SubscribeResponse;
      const payload = data?.subscribeToDigest;
      if (!payload) show(errors?.[0]?.message ?? "That did not work; try again.", "error");
      else if (payload.userErrors.length > 0) {
        const emailWrong = payload.userErrors.some(({ field }) => field.at(-1) === "email");
        show(payload.userErrors.map(({ message }) => message).join(" "), "error", emailWrong);
      } else show(payload.message ?? "", "done");
    } catch {
      show("The server could not be reached; try again.", "error");
    } finally {
      button.disabled = false;
    }
  });
}
