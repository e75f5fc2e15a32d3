import { InputError } from "./errors.js";

/**
 * File-system faults the user can cause (a read-only folder, a full disk, `-o` naming a folder),
 * each as a plain sentence: the one place errno codes become words. They are exit 2 like any
 * other bad input; an errno not listed here stays exit 70, because then the fault is ours.
 */

/** What was being done to the file, for the sentence: "cannot write public/index.html: …". */
export type FileAction = "read" | "write" | "publish" | "open";

/** What the failing step touched: the file itself, or the folder it is (or would be) in. */
export interface FileErrorContext {
  action: FileAction;
  /** The file as the user sees it (relative to where they stand, or as they typed it). */
  shown: string;
  /** The folder, when the step that failed was creating or renaming a file in it. */
  folder?: string;
}

type Reason = (context: FileErrorContext) => string;

const readOnly: Reason = ({ action, folder }) =>
  action === "read"
    ? "permission denied"
    : folder !== undefined
      ? `${folder === "." ? "the current folder" : `the folder ${folder}`} is read-only to you (permission denied)`
      : "the file is read-only to you (permission denied)";

/** Every errno a user can cause, as the reason after "cannot write X: ". */
const REASONS: Record<string, Reason> = {
  EACCES: readOnly,
  EPERM: readOnly,
  EROFS: () => "the file system it is on is mounted read-only",
  EISDIR: ({ action }) => (action === "read" ? "it is a folder, not a file" : "it is a folder: give a file name"),
  ENOTDIR: () => "a part of the path is a file, not a folder",
  EEXIST: () => "a file is in the way where a folder is needed",
  ENOENT: ({ action }) => (action === "read" ? "no such file" : "a folder on the way does not exist"),
  ENOSPC: () => "the disk is full",
  EDQUOT: () => "your disk quota is used up",
  EFBIG: () => "the file would be larger than the file system allows",
  ELOOP: () => "too many symbolic links on the way (a link that leads back to itself?)",
  ENAMETOOLONG: () => "the name is too long for the file system",
  EMFILE: () => "too many files are open (raise the limit with ulimit -n, or close other programs)",
  ENFILE: () => "the system has too many files open; try again later",
  EBUSY: () => "it is busy (a mount point, or in use by another program)",
  ETXTBSY: () => "it is a program that is running",
  ENXIO: () => "nothing is reading from it (a socket, or a device that is not there)",
  EIO: () => "the disk reported an input/output error",
};

const VERB: Record<FileAction, string> = {
  read: "cannot read",
  write: "cannot write",
  publish: "cannot publish",
  open: "cannot open",
};

const READING = new Set(["read", "readlink", "scandir", "stat", "lstat", "access", "realpath", "opendir"]);
const WRITING = new Set([
  "write",
  "mkdir",
  "rename",
  "unlink",
  "rmdir",
  "link",
  "symlink",
  "chmod",
  "chown",
  "copyfile",
]);

/** The errno of a Node file-system error, when it is one a user can cause. */
export function userErrno(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && Object.hasOwn(REASONS, code) ? code : undefined;
}

/** A file-system fault the user can fix, reported as exit 2. `code` is the errno. */
export class FileError extends InputError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** "cannot write public/index.html: the folder public is read-only to you (permission denied)". */
export function describeFileError(code: string, context: FileErrorContext): string {
  const reason = REASONS[code];
  return `${VERB[context.action]} ${context.shown}: ${reason ? reason(context) : code}`;
}

/**
 * The error as the CLI reports it: a `FileError` for an errno the user can cause, with `hint`
 * appended (what follows from it); anything else unchanged, to be reported as our bug.
 */
export function asFileError(error: unknown, context: FileErrorContext, hint?: string): unknown {
  if (error instanceof FileError) return error;
  const code = userErrno(error);
  if (code === undefined) return error;
  return new FileError(`${describeFileError(code, context)}${hint ? `; ${hint}` : ""}`, code);
}

/** An errno-style error of our own making (a refusal that reads like the system's). */
export function errnoError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/**
 * A user's file-system fault that reached the top without a context (its sentence then names
 * the path the system reported): exit 2 all the same. Anything else: undefined, our bug.
 */
export function unhandledFileError(error: unknown): FileError | undefined {
  if (error instanceof FileError) return error;
  const code = userErrno(error);
  const { path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined || typeof path !== "string") return undefined;
  const action: FileAction = READING.has(syscall ?? "") ? "read" : WRITING.has(syscall ?? "") ? "write" : "open";
  return new FileError(describeFileError(code, { action, shown: path }), code);
}
