import { Field, Int, ObjectType } from "type-graphql";
import { Author, Paper, Repository } from "../../entities";
import { ConnectionType, EdgeType } from "./connection";

@ObjectType({ simpleResolvers: true, description: "A paper in a list of papers." })
export class PaperEdge extends EdgeType(Paper) {}

@ObjectType({ simpleResolvers: true, description: "A page of papers." })
export class PaperConnection extends ConnectionType(Paper, PaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "An author of a paper, with their place in its author list." })
export class PaperAuthorEdge extends EdgeType(Author) {
  @Field(() => Int, { description: "Zero-based place of the author in the paper's author list." })
  position: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of a paper's authors, in the paper's order." })
export class PaperAuthorConnection extends ConnectionType(Author, PaperAuthorEdge) {}

@ObjectType({ simpleResolvers: true, description: "A repository linked to a paper." })
export class PaperRepositoryEdge extends EdgeType(Repository) {
  @Field({ description: "True when the paper's authors publish this repository themselves." })
  isOfficial: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A page of a paper's repositories, official ones first." })
export class PaperRepositoryConnection extends ConnectionType(Repository, PaperRepositoryEdge) {}

@ObjectType({ simpleResolvers: true, description: "A paper whose code a repository holds." })
export class RepositoryPaperEdge extends EdgeType(Paper) {
  @Field({ description: "True when the paper's authors publish this repository themselves." })
  isOfficial: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A page of the papers whose code a repository holds, newest first." })
export class RepositoryPaperConnection extends ConnectionType(Paper, RepositoryPaperEdge) {}

@ObjectType({ simpleResolvers: true, description: "An author in a list of authors." })
export class AuthorEdge extends EdgeType(Author) {}

@ObjectType({ simpleResolvers: true, description: "A page of authors." })
export class AuthorConnection extends ConnectionType(Author, AuthorEdge) {}

@ObjectType({ simpleResolvers: true, description: "A repository in a list of repositories." })
export class RepositoryEdge extends EdgeType(Repository) {}

@ObjectType({ simpleResolvers: true, description: "A page of repositories." })
export class RepositoryConnection extends ConnectionType(Repository, RepositoryEdge) {}
