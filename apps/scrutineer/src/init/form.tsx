import { ConfirmInput, TextInput } from "@inkjs/ui";
import { Box, Text, useInput } from "ink";
import { useState } from "react";
import { QUESTIONS, type Question, type Reading, type Typed } from "./questions.js";

export interface InitFormProps {
  /** Answers given as flags: asked again with these filled in. */
  given: Typed;
  /** Today in London (YYYY-MM-DD), for the suggested year. */
  today: string;
  /** The file to be written, as the officer named it. */
  file: string;
  onDone: (typed: Typed) => void;
  onCancel: () => void;
}

/** The answer a question starts with: the flag's, else the suggestion. */
function startingValue(q: Question, typed: Typed, today: string): string {
  return typed[q.key] ?? q.suggested?.(typed, today) ?? "";
}

function Answered({ q, value }: { q: Question; value: string }) {
  return (
    <Text>
      <Text color="green">✓ </Text>
      <Text bold>{q.label}: </Text>
      <Text>{value || <Text dimColor>(to be set)</Text>}</Text>
    </Text>
  );
}

/**
 * `scrutineer init` in a terminal: one question at a time (council, committee, year, meeting
 * days, start, venue, contact, chair, members), each read as it is submitted, with what it reads
 * as or what is wrong shown beside it, then a summary to confirm. Inputs are @inkjs/ui's.
 * Esc cancels; nothing is written until the officer confirms.
 */
export function InitForm({ given, today, file, onDone, onCancel }: InitFormProps) {
  const [typed, setTyped] = useState<Typed>(given);
  const [step, setStep] = useState(0);
  const [reading, setReading] = useState<Reading>({});
  const [notes, setNotes] = useState<Partial<Record<Question["key"], string>>>({});
  const current = QUESTIONS[step];

  useInput((_input, key) => {
    if (key.escape) onCancel();
  });

  const submit = (q: Question, value: string) => {
    const next = { ...typed, [q.key]: value.trim() };
    const r = q.read(value, next);
    setReading(r);
    if (r.error) return;
    setTyped(next);
    setNotes({ ...notes, [q.key]: r.note });
    setReading({});
    setStep(step + 1);
  };

  return (
    <Box flexDirection="column">
      <Text bold>Start a programme file: {file}</Text>
      <Text dimColor>Enter accepts an answer · Esc cancels (nothing is written until you confirm)</Text>
      <Box flexDirection="column" marginTop={1}>
        {QUESTIONS.slice(0, step).map((q) => (
          <Box key={q.key}>
            <Answered q={q} value={typed[q.key] ?? ""} />
            {notes[q.key] ? <Text dimColor>{`  ${notes[q.key]}`}</Text> : null}
          </Box>
        ))}
      </Box>
      {current ? (
        <Box flexDirection="column" marginTop={1}>
          <Text>
            <Text bold color="cyan">
              {current.label}
            </Text>
            <Text dimColor>{`  ${current.hint}${current.required ? "" : " (Enter to leave it for later)"}`}</Text>
          </Text>
          <Box>
            <Text color="cyan">› </Text>
            <TextInput
              key={current.key}
              defaultValue={startingValue(current, typed, today)}
              onSubmit={(value) => submit(current, value)}
            />
          </Box>
          {reading.error ? <Text color="red">{`✖ ${reading.error}`}</Text> : null}
        </Box>
      ) : (
        <Box flexDirection="column" marginTop={1}>
          <Text>
            Write {file}? <Text dimColor>(Y/n)</Text>
          </Text>
          <ConfirmInput onConfirm={() => onDone(typed)} onCancel={onCancel} />
        </Box>
      )}
    </Box>
  );
}
