import { BadUserInputError } from "../errors";

/** Types with global IDs. */
export type NodeType =
  | "Paper"
  | "Author"
  | "Repository"
  | "User"
  | "ApiToken"
  | "AuditEntry"
  | "DigestSubscription"
  | "Watch"
  | "WatchEvent"
  | "WebhookEndpoint"
  | "WebhookDelivery";
const NODE_TYPES: readonly NodeType[] = [
  "Paper",
  "Author",
  "Repository",
  "User",
  "ApiToken",
  "AuditEntry",
  "DigestSubscription",
  "Watch",
  "WatchEvent",
  "WebhookEndpoint",
  "WebhookDelivery",
];

/** Opaque ID: base64url of "Type:databaseId". Clients must not parse it. */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

export interface DecodedGlobalId {
  type: NodeType;
  id: number;
}

/** Decodes a global ID, rejecting malformed ones and, if `expected` is given, other types. */
export function fromGlobalId(globalId: string, argumentName: string, expected?: NodeType): DecodedGlobalId {
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  const type = match?.[1] as NodeType | undefined;
  const id = Number(match?.[2]);
  if (!type || !NODE_TYPES.includes(type) || id > 2_147_483_647) {
    throw new BadUserInputError(`"${globalId}" is not a valid global ID.`, argumentName);
  }
  if (expected && type !== expected) {
    throw new BadUserInputError(`"${globalId}" is the ID of a ${type}, not of a ${expected}.`, argumentName);
  }
  return { type, id };
}
