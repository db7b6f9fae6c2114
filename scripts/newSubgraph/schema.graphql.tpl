extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])

type Query {
  "One {{Type}} by its id. An unknown id is a NOT_FOUND error. Signed-in callers only."
  {{type}}(id: ID!): {{Type}}
  "Every {{Type}}, ordered by id, paginated with keyset cursors. Signed-in callers only."
  {{list}}(first: Int, after: String): {{Type}}Connection
}

"""
A record of the {{name}} subgraph. Nothing here is tagged public, so anonymous clients do not find it in
schema/public.graphql; tag a field `@tag(name: "public")` only once anyone may read it.
"""
type {{Type}} @key(fields: "id") {
  id: ID!
  title: String!
  recordedOn: Date!
  "The agency the record concerns: the agencies subgraph answers its fields."
  agency: Agency
}

"""
An agency of the agencies subgraph, known here by its key only. A field this subgraph adds to it, or to any
other subgraph's entity, must be nullable: `npm run compose` refuses a non-null one.
"""
type Agency @key(fields: "id", resolvable: false) {
  id: ID!
}

type {{Type}}Connection {
  totalCount: Int!
  pageInfo: PageInfo!
  edges: [{{Type}}Edge!]!
  nodes: [{{Type}}!]!
}

type {{Type}}Edge {
  cursor: String!
  node: {{Type}}!
}
