import { normalizeRepositoryUrl } from "../../src/domain/repository-url";

test.each([
  ["https://github.com/Hanhpt23/OmniMod", "https://github.com/hanhpt23/omnimod", "GITHUB"],
  ["https://github.com/wangqinsi1/GAINRL/tree/main", "https://github.com/wangqinsi1/gainrl", "GITHUB"],
  ["github.com/owner/repo", "https://github.com/owner/repo", "GITHUB"],
  ["http://www.GitHub.com/Owner/Repo.git", "https://github.com/owner/repo", "GITHUB"],
  ["https://github.com/owner/repo/?tab=readme#install", "https://github.com/owner/repo", "GITHUB"],
  ["https://gitlab.com/group/project/-/tree/main", "https://gitlab.com/group/project", "GITLAB"],
  ["https://huggingface.co/spaces/Org/Demo", "https://huggingface.co/spaces/Org/Demo", "HUGGINGFACE"],
  ["https://huggingface.co/Org/Model/tree/main", "https://huggingface.co/Org/Model", "HUGGINGFACE"],
  ["https://bitbucket.org/team/tool.git", "https://bitbucket.org/team/tool", "OTHER"],
])("%s normalises to %s", (raw, url, provider) => {
  expect(normalizeRepositoryUrl(raw)).toMatchObject({ url, provider });
});

test.each([
  "mailto:me@example.org",
  "ftp://github.com/a/b",
  "https://github.com/onlyowner",
  "https://user:pw@github.com/a/b",
  "https://example.org",
  "not a url at all",
])("%s is not a repository URL", (raw) => {
  expect(normalizeRepositoryUrl(raw)).toBeNull();
});
