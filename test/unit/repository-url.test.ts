import { normalizeRepositoryUrl } from "../../src/domain/repository-url";

test.each([
  [
    "https://github.com/Hanhpt23/OmniMod",
    "https://github.com/Hanhpt23/OmniMod",
    "https://github.com/hanhpt23/omnimod",
    "GITHUB",
  ],
  [
    "github.com/xiaozhen228/Bayes-PFL",
    "https://github.com/xiaozhen228/Bayes-PFL",
    "https://github.com/xiaozhen228/bayes-pfl",
    "GITHUB",
  ],
  [
    "https://github.com/wangqinsi1/GAINRL/tree/main",
    "https://github.com/wangqinsi1/GAINRL",
    "https://github.com/wangqinsi1/gainrl",
    "GITHUB",
  ],
  ["github.com/owner/repo", "https://github.com/owner/repo", "https://github.com/owner/repo", "GITHUB"],
  ["http://www.GitHub.com/Owner/Repo.git", "https://github.com/Owner/Repo", "https://github.com/owner/repo", "GITHUB"],
  [
    "https://github.com/owner/repo/?tab=readme#install",
    "https://github.com/owner/repo",
    "https://github.com/owner/repo",
    "GITHUB",
  ],
  [
    "https://gitlab.com/Group/Project/-/tree/main",
    "https://gitlab.com/Group/Project",
    "https://gitlab.com/group/project",
    "GITLAB",
  ],
  // Hugging Face names are case-sensitive, and so are other hosts' paths as far as we know.
  [
    "https://huggingface.co/spaces/Org/Demo",
    "https://huggingface.co/spaces/Org/Demo",
    "https://huggingface.co/spaces/Org/Demo",
    "HUGGINGFACE",
  ],
  [
    "https://huggingface.co/Org/Model/tree/main",
    "https://huggingface.co/Org/Model",
    "https://huggingface.co/Org/Model",
    "HUGGINGFACE",
  ],
  [
    "https://Bitbucket.org/Team/tool.git",
    "https://bitbucket.org/Team/tool",
    "https://bitbucket.org/Team/tool",
    "OTHER",
  ],
])("%s is shown as %s and matched by %s", (raw, url, key, provider) => {
  expect(normalizeRepositoryUrl(raw)).toMatchObject({ url, key, provider });
});

test.each([
  "mailto:me@example.org",
  "ftp://github.com/a/b",
  "https://github.com/onlyowner",
  "https://user:pw@github.com/a/b",
  "https://example.org",
  "not a url at all",
  "https://github.com/owner/re%00po",
  "https://github.com/owner/re\u0000po",
  "https://github.com/owner/%E0%A4%A",
])("%s is not a repository URL", (raw) => {
  expect(normalizeRepositoryUrl(raw)).toBeNull();
});
