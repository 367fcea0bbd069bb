import { ApiToken } from "./api-token.entity";
import { AuditEntry } from "./audit-entry.entity";
import { ConfirmationThrottle } from "./confirmation-throttle.entity";
import { DigestDelivery } from "./digest-delivery.entity";
import { DigestSubscription } from "./digest-subscription.entity";
import { Author } from "./author.entity";
import { PaperAuthor } from "./paper-author.entity";
import { PaperChange } from "./paper-change.entity";
import { PaperImportDigest } from "./paper-import-digest.entity";
import { PaperRepository } from "./paper-repository.entity";
import { PaperSearchTerm } from "./paper-search-term.entity";
import { Paper } from "./paper.entity";
import { Repository } from "./repository.entity";
import { TrendTerm } from "./trend-term.entity";
import { User } from "./user.entity";
import { Vote } from "./vote.entity";
import { WatchCheck } from "./watch-check.entity";
import { WatchEmailDelivery } from "./watch-email-delivery.entity";
import { WatchEvent } from "./watch-event.entity";
import { Watch } from "./watch.entity";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";

export {
  ApiToken,
  AuditEntry,
  Author,
  ConfirmationThrottle,
  DigestDelivery,
  DigestSubscription,
  Paper,
  PaperAuthor,
  PaperChange,
  PaperImportDigest,
  PaperRepository,
  PaperSearchTerm,
  Repository,
  TrendTerm,
  User,
  Vote,
  Watch,
  WatchCheck,
  WatchEmailDelivery,
  WatchEvent,
  WebhookDelivery,
  WebhookEndpoint,
};

/** Every table the data source maps. */
export const entities = [
  Paper,
  Author,
  PaperAuthor,
  Repository,
  PaperRepository,
  PaperSearchTerm,
  PaperChange,
  PaperImportDigest,
  User,
  Vote,
  TrendTerm,
  ApiToken,
  AuditEntry,
  DigestSubscription,
  DigestDelivery,
  ConfirmationThrottle,
  Watch,
  WatchEvent,
  WatchCheck,
  WebhookEndpoint,
  WebhookDelivery,
  WatchEmailDelivery,
];
