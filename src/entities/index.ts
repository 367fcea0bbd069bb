import { ApiToken } from "./api-token.entity";
import { AuditEntry } from "./audit-entry.entity";
import { ConfirmationThrottle } from "./confirmation-throttle.entity";
import { DigestDelivery } from "./digest-delivery.entity";
import { DigestSubscription } from "./digest-subscription.entity";
import { Author } from "./author.entity";
import { PaperAuthor } from "./paper-author.entity";
import { PaperChange } from "./paper-change.entity";
import { PaperRepository } from "./paper-repository.entity";
import { PaperSearchTerm } from "./paper-search-term.entity";
import { Paper } from "./paper.entity";
import { Repository } from "./repository.entity";
import { User } from "./user.entity";
import { Vote } from "./vote.entity";
import { WatchCheck } from "./watch-check.entity";
import { WatchEvent } from "./watch-event.entity";
import { Watch } from "./watch.entity";

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
  PaperRepository,
  PaperSearchTerm,
  Repository,
  User,
  Vote,
  Watch,
  WatchCheck,
  WatchEvent,
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
  User,
  Vote,
  ApiToken,
  AuditEntry,
  DigestSubscription,
  DigestDelivery,
  ConfirmationThrottle,
  Watch,
  WatchEvent,
  WatchCheck,
];
