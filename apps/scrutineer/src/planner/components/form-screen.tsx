import { defaultTheme, extendTheme, MultiSelect, Select, TextInput, ThemeProvider } from "@inkjs/ui";
import { Box } from "ink";
import { type Dispatch, useContext, useMemo } from "react";
import type { FieldSpec, FormState } from "../forms/index.js";
import type { Action } from "../state/index.js";
import { errorLines, type FormBlock, formLayout, VISIBLE_OPTIONS, valueText } from "../view/form-view.js";
import { fit, rule, truncate, wrapWords } from "../view/text.js";
import { ColourContext, Line, type Segment } from "./line.js";

/**
 * A form on screen: a label column and a value column, the focused field holding its Ink UI
 * component (TextInput for text, Select for one choice, MultiSelect for several), which reports
 * what is typed or chosen as a `form-field` action; the schema's complaints under their fields;
 * the Save line; a line of keys. While the officer is asked whether to save on leaving,
 * the components take no keys.
 */

/** Without colour (NO_COLOR), the components mark focus and choice by weight, not hue. */
const PLAIN = extendTheme(defaultTheme, {
  components: {
    Select: {
      styles: {
        focusIndicator: () => ({}),
        selectedIndicator: () => ({}),
        label: ({ isFocused }: { isFocused: boolean }) => ({ bold: isFocused }),
      },
    },
    MultiSelect: {
      styles: {
        focusIndicator: () => ({}),
        selectedIndicator: () => ({}),
        label: ({ isFocused }: { isFocused: boolean }) => ({ bold: isFocused }),
      },
    },
  },
});

export interface FormScreenProps {
  form: FormState;
  fields: readonly FieldSpec[];
  title: string;
  width: number;
  rows: number;
  /** False while a question is asked: the fields take no keys. */
  active: boolean;
  dispatch: Dispatch<Action>;
}

/**
 * The library's Select moves its highlight only from an option whose value is truthy (its state
 * reads `if (!focusedValue) return`), so a "none" choice (value "") highlighted first would hold
 * the arrows: "" is handed to the components as this stand-in and read back as "".
 */
const NONE = "\u2205none";
const toComponent = (value: string) => (value === "" ? NONE : value);
const fromComponent = (value: string) => (value === NONE ? "" : value);

function FieldComponent({
  field,
  form,
  width,
  active,
  dispatch,
}: {
  field: FieldSpec;
  form: FormState;
  width: number;
  active: boolean;
  dispatch: Dispatch<Action>;
}) {
  const value = form.values[field.name];
  const key = `${JSON.stringify(form.target)}:${field.name}`;
  const set = (v: string | string[]) => dispatch({ type: "form-field", name: field.name, value: v });
  if (field.kind === "text")
    return (
      <TextInput
        key={key}
        isDisabled={!active}
        defaultValue={typeof value === "string" ? value : ""}
        {...(field.hint ? { placeholder: field.hint } : {})}
        onChange={set}
      />
    );
  const options =
    "options" in field
      ? field.options.map((o) => ({ value: toComponent(o.value), label: truncate(o.label, width - 4) }))
      : [];
  if (field.kind === "choice")
    return (
      <Select
        key={key}
        isDisabled={!active}
        options={options}
        visibleOptionCount={VISIBLE_OPTIONS}
        {...(typeof value === "string" ? { defaultValue: toComponent(value) } : {})}
        onChange={(v) => set(fromComponent(v))}
      />
    );
  if (field.kind === "multi")
    return (
      <MultiSelect
        key={key}
        isDisabled={!active}
        options={options}
        visibleOptionCount={VISIBLE_OPTIONS}
        defaultValue={Array.isArray(value) ? value.map(toComponent) : []}
        onChange={(v) => set(v.map(fromComponent))}
      />
    );
  return null;
}

function Block({
  block,
  form,
  labelWidth,
  valueWidth,
  width,
  active,
  dispatch,
}: {
  block: FormBlock;
  form: FormState;
  labelWidth: number;
  valueWidth: number;
  width: number;
  active: boolean;
  dispatch: Dispatch<Action>;
}) {
  const { field, focused } = block;
  const marker = focused ? "▸ " : "  ";
  if (!field) {
    return (
      <Line
        width={width}
        selected={focused}
        segments={[
          { text: marker },
          { text: "[ Save ]", bold: true, tone: "accent" },
          {
            text: focused ? "  Enter saves the form · Esc leaves it" : "  End goes here · Esc leaves the form",
            tone: "dim",
          },
        ]}
      />
    );
  }
  const label: Segment = {
    text: fit(field.label, labelWidth),
    bold: focused,
    tone: field.kind === "note" ? "dim" : "normal",
  };
  const complaint = errorLines(form.errors[field.name], valueWidth);
  const errorLine = complaint.map((line, i) => (
    <Line
      key={`e${i}`}
      width={width}
      segments={[{ text: `  ${" ".repeat(labelWidth)} ` }, { text: line, tone: "bad" }]}
    />
  ));
  const live = focused && (field.kind === "text" || field.kind === "choice" || field.kind === "multi");
  if (live) {
    const height = block.height - complaint.length;
    return (
      <Box flexDirection="column" width={width}>
        <Box flexDirection="row" width={width} height={height}>
          <Line width={labelWidth + 3} segments={[{ text: marker }, label, { text: " " }]} />
          <Box width={valueWidth} height={height} overflow="hidden" flexDirection="column">
            <FieldComponent field={field} form={form} width={valueWidth} active={active} dispatch={dispatch} />
          </Box>
        </Box>
        {errorLine}
      </Box>
    );
  }
  const text = valueText(field, form.values[field.name]);
  if (field.kind === "note") {
    const lines = wrapWords(text, valueWidth).slice(0, block.height);
    return (
      <Box flexDirection="column" width={width}>
        {lines.map((line, i) => (
          <Line
            key={i}
            width={width}
            segments={[
              { text: "  " },
              i === 0 ? label : { text: " ".repeat(labelWidth) },
              { text: " " },
              { text: line, tone: field.tone ?? "dim" },
            ]}
          />
        ))}
      </Box>
    );
  }
  const empty = text === "";
  const shown: Segment = empty
    ? { text: field.kind === "multi" ? "none" : field.kind === "text" && field.hint ? field.hint : "—", tone: "dim" }
    : { text, tone: field.kind === "open" ? "accent" : "normal" };
  return (
    <Box flexDirection="column" width={width}>
      <Line width={width} selected={focused} segments={[{ text: marker }, label, { text: " " }, shown]} />
      {errorLine}
    </Box>
  );
}

/** What the keys do on the focused field, for the line under the form. */
function keysFor(field: FieldSpec | undefined): string {
  if (!field) return "Enter save · Shift-Tab back to the fields · Esc leave";
  switch (field.kind) {
    case "text":
      return "type · Enter or Tab next field · Shift-Tab previous · End save · Esc leave";
    case "choice":
      return "↑↓ highlight · Enter choose · Tab next field · End save · Esc leave";
    case "multi":
      return "↑↓ highlight · Space tick · Tab or Enter next field · End save · Esc leave";
    case "open":
      return "Enter open the list · Tab next field · End save · Esc leave";
    case "note":
      return "";
  }
}

export function FormScreen({ form, fields, title, width, rows, active, dispatch }: FormScreenProps) {
  const colour = useContext(ColourContext);
  const layout = formLayout(fields, form, width, rows);
  const focused = fields.find((f) => f.name === form.focus);
  const where =
    layout.above + layout.below > 0
      ? ` (${layout.above > 0 ? `${layout.above} above` : ""}${layout.above > 0 && layout.below > 0 ? ", " : ""}${layout.below > 0 ? `${layout.below} below` : ""})`
      : "";
  const theme = useMemo(() => (colour ? defaultTheme : PLAIN), [colour]);
  return (
    <ThemeProvider theme={theme}>
      <Box flexDirection="column" width={width} height={rows} overflow="hidden">
        <Line width={width} segments={[{ text: rule(`${title}${where}`, width), tone: "accent", bold: true }]} />
        {layout.shown.map((block) => (
          <Block
            key={block.field?.name ?? "save"}
            block={block}
            form={form}
            labelWidth={layout.label}
            valueWidth={layout.value}
            width={width}
            active={active}
            dispatch={dispatch}
          />
        ))}
        {form.errors.form ? <Line width={width} segments={[{ text: `  ✖ ${form.errors.form}`, tone: "bad" }]} /> : null}
        <Box flexGrow={1} />
        <Line width={width} segments={[{ text: `  ${keysFor(focused)}`, tone: "dim" }]} />
      </Box>
    </ThemeProvider>
  );
}
