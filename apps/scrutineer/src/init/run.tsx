import { render } from "ink";
import { InitForm } from "./form.js";
import type { Typed } from "./questions.js";

/** The form on the real terminal: the answers once confirmed, or undefined when cancelled. */
export async function askInTerminal(given: Typed, today: string, file: string): Promise<Typed | undefined> {
  let answers: Typed | undefined;
  const instance = render(
    <InitForm
      given={given}
      today={today}
      file={file}
      onDone={(typed) => {
        answers = typed;
        instance.unmount();
      }}
      onCancel={() => instance.unmount()}
    />,
  );
  await instance.waitUntilExit();
  return answers;
}
