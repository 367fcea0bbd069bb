import { Init1795688428865 } from "./1795688428865-Init";
import { AccountsVotesAudit1795688785190 } from "./1795688785190-AccountsVotesAudit";
import { Trending1795690453875 } from "./1795690453875-Trending";
import { NamedConstraints1796068713658 } from "./1796068713658-NamedConstraints";
import { DigestSubscriptions1796077763601 } from "./1796077763601-DigestSubscriptions";
import { IncrementalTrendKeys1796079956148 } from "./1796079956148-IncrementalTrendKeys";
import { IncrementalTrendKeyRemoval1796085330646 } from "./1796085330646-IncrementalTrendKeyRemoval";
import { SearchWordRanks1796089506907 } from "./1796089506907-SearchWordRanks";
import { Watches1796093705339 } from "./1796093705339-Watches";
import { TokenRevocationNotice1796100008308 } from "./1796100008308-TokenRevocationNotice";
import { WatchChannels1796100054984 } from "./1796100054984-WatchChannels";
import { TrendTerms1796100082736 } from "./1796100082736-TrendTerms";
import { Webhooks1796100088108 } from "./1796100088108-Webhooks";
import { WatchTrendingSeen1796100234740 } from "./1796100234740-WatchTrendingSeen";
import { WatchChecksOnLinks1796100458063 } from "./1796100458063-WatchChecksOnLinks";
import { PaperChangeFeed1796100915965 } from "./1796100915965-PaperChangeFeed";
import { ArxivSnapshotFields1796103633025 } from "./1796103633025-ArxivSnapshotFields";
import { HuggingFaceFields1796103876375 } from "./1796103876375-HuggingFaceFields";
import { StatementTriggersOnPaper1796108245114 } from "./1796108245114-StatementTriggersOnPaper";
import { WatchCheckWakeups1796110811357 } from "./1796110811357-WatchCheckWakeups";
import { SearchTermsAndImportDigests1796207524114 } from "./1796207524114-SearchTermsAndImportDigests";

// Written by `npm run migration:generate`; lists every migration in the order it runs.
export const migrations = [
  Init1795688428865,
  AccountsVotesAudit1795688785190,
  Trending1795690453875,
  NamedConstraints1796068713658,
  DigestSubscriptions1796077763601,
  IncrementalTrendKeys1796079956148,
  IncrementalTrendKeyRemoval1796085330646,
  SearchWordRanks1796089506907,
  Watches1796093705339,
  TokenRevocationNotice1796100008308,
  WatchChannels1796100054984,
  TrendTerms1796100082736,
  Webhooks1796100088108,
  WatchTrendingSeen1796100234740,
  WatchChecksOnLinks1796100458063,
  PaperChangeFeed1796100915965,
  ArxivSnapshotFields1796103633025,
  HuggingFaceFields1796103876375,
  StatementTriggersOnPaper1796108245114,
  WatchCheckWakeups1796110811357,
  SearchTermsAndImportDigests1796207524114,
];
