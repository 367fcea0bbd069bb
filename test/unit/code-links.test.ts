import fs from "node:fs";
import { extractCodeLinks } from "../../src/domain/code-links";
import { SAMPLE_PAPERS_FILE } from "../../src/paths";

test.each([
  ["Code is available at https://github.com/Hanhpt23/OmniMod.", ["https://github.com/Hanhpt23/OmniMod"]],
  ["see https://github.com/wangqinsi1/GAINRL/tree/main.", ["https://github.com/wangqinsi1/GAINRL"]],
  ["code: github.com/jacobdunefsky/ObservablePropagation.", ["https://github.com/jacobdunefsky/ObservablePropagation"]],
  ["at https://github.com/HUST-SLOW/SeaS{https://github.com/hust-slow/seas}.", ["https://github.com/HUST-SLOW/SeaS"]],
  [
    "(https://GITHUB.com/Owner/Repo.git), and https://gitlab.com/grp/proj",
    ["https://github.com/Owner/Repo", "https://gitlab.com/grp/proj"],
  ],
  ["demo: https://huggingface.co/spaces/Org/Demo!", ["https://huggingface.co/spaces/Org/Demo"]],
  ["review copy: https://anonymous.4open.science/r/alkali-B416/README.md.", []],
  ["not a link: mygithub.com/a/b or github.com/alone", []],
])("%s", (text, urls) => {
  expect(extractCodeLinks(text).map((repository) => repository.url)).toEqual(urls);
});

test("the sample papers' abstracts yield one repository per linked project, shown as written", () => {
  const { papers } = JSON.parse(fs.readFileSync(SAMPLE_PAPERS_FILE, "utf8")) as { papers: { summary: string }[] };
  const repositories = papers.flatMap((paper) => extractCodeLinks(paper.summary));
  expect(repositories).toHaveLength(15);
  expect(new Set(repositories.map((repository) => repository.key)).size).toBe(15);
  expect(repositories.map((repository) => repository.url)).toContain("https://github.com/HUST-SLOW/SeaS");
  expect(repositories.every((repository) => /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repository.url))).toBe(
    true,
  );
});
