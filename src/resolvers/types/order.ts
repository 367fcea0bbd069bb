import { registerEnumType } from "type-graphql";
import { SortDirection } from "../../services/pagination";

registerEnumType(SortDirection, {
  name: "OrderDirection",
  description: "Which way a list is ordered.",
  valuesConfig: {
    ASC: { description: "Smallest or oldest first." },
    DESC: { description: "Largest or newest first." },
  },
});
