import {
  Arg,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Authorized,
} from "type-graphql";
import type { Context } from "../context";
import { UserRole } from "../entities/user.entity";
import { ImportFormat } from "../importers/formats";
import { UnreadableSourceError } from "../importers/records";
import { importSources } from "../services/import.service";
import { UserErrorCode } from "../errors";
import { MutationInput, MutationPayload } from "./types/mutation";

/** GraphQL enum names for the CLI's format names. */
enum ImportFormatName {
  HF_DAILY = "HF_DAILY",
  ARXIV_ATOM = "ARXIV_ATOM",
  ARXIV_SNAPSHOT = "ARXIV_SNAPSHOT",
  PWC_LINKS = "PWC_LINKS",
  SAMPLE = "SAMPLE",
}

registerEnumType(ImportFormatName, {
  name: "ImportFormat",
  description: "A feed format papergraph imports; the README describes each.",
  valuesConfig: {
    HF_DAILY: { description: "Hugging Face `/api/daily_papers` JSON." },
    ARXIV_ATOM: { description: "arXiv export API Atom XML." },
    ARXIV_SNAPSHOT: {
      description: "arXiv's bulk metadata dump (`arxiv-metadata-oai-snapshot.json`): one JSON object per line.",
    },
    PWC_LINKS: { description: "Papers-with-Code `links-between-papers-and-code.json` records." },
    SAMPLE: { description: "papergraph's sample format, `data/sample/seed-papers.json`." },
  },
});

@InputType({ description: "A small batch of records to import." })
class ImportPapersInput extends MutationInput {
  @Field(() => ImportFormatName, { description: "The format of `payload`." })
  format: ImportFormatName;

  @Field({ description: "The feed itself, as JSON or XML text. Large files go through `npm run import`." })
  payload: string;
}

@ObjectType({ simpleResolvers: true, description: "What an import did." })
class ImportSummary {
  @Field(() => Int, { description: "Records that added a paper or a code link." })
  created: number;

  @Field(() => Int, { description: "Records that changed a paper already in the catalog." })
  updated: number;

  @Field(() => Int, { description: "Records the catalog already matched." })
  unchanged: number;

  @Field(() => Int, { description: "Records refused; see `rejections`." })
  rejected: number;
}

@ObjectType({ simpleResolvers: true, description: "A record that was not imported." })
class ImportRejection {
  @Field(() => Int, {
    description: "Zero-based place of the record in the payload: its line, for ARXIV_SNAPSHOT.",
  })
  index: number;

  @Field({ description: "The field at fault." })
  field: string;

  @Field({ description: "Why it was refused." })
  reason: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of `importPapers`." })
class ImportPapersPayload extends MutationPayload {
  @Field(() => ImportSummary, { nullable: true, description: "Counts of what happened to the records." })
  summary: ImportSummary | null;

  @Field(() => [ImportRejection], { nullable: true, description: "Each refused record, with the reason." })
  rejections: ImportRejection[] | null;
}

@Resolver()
export class ImportResolver {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => ImportPapersPayload, {
    description:
      "Imports a small batch of records. A record that cannot be written is refused alone and reported in `rejections`; a payload that cannot be read is refused whole. Admins only.",
  })
  async importPapers(
    @Arg("input", { description: "Format and records." }) input: ImportPapersInput,
    @Ctx() ctx: Context,
  ) {
    const format = ImportFormat[input.format];
    const clientMutationId = input.clientMutationId ?? null;
    try {
      const result = await importSources(ctx, format, [{ name: "payload", source: { text: input.payload } }]);
      return { clientMutationId, userErrors: [], ...result };
    } catch (error) {
      if (!(error instanceof UnreadableSourceError)) throw error;
      return {
        clientMutationId,
        userErrors: [{ field: ["input", "payload"], code: UserErrorCode.INVALID, message: error.message }],
        summary: null,
        rejections: null,
      };
    }
  }
}
