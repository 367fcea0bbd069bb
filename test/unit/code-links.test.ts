import fs from "node:fs";
import { extractCodeLinks } from "../../src/domain/code-links";
import { SAMPLE_PAPERS_FILE } from "../../src/paths";

test.each([
  ["Code is available at https://github.com/Hanhpt23/OmniMod.", ["https://github.com/hanhpt23/omnimod"]],
  ["see https://github.com/wangqinsi1/GAINRL/tree/main.", ["https://github.com/wangqinsi1/gainrl"]],
  ["code: github.com/jacobdunefsky/ObservablePropagation.", ["https://github.com/jacobdunefsky/observablepropagation"]],
  ["at https://github.com/HUST-SLOW/SeaS{https://github.com/HUST-SLOW/SeaS}.", ["https://github.com/hust-slow/seas"]],
  [
    "(https://GITHUB.com/Owner/Repo.git), and https://gitlab.com/grp/proj",
    ["https://github.com/owner/repo", "https://gitlab.com/grp/proj"],
  ],
  ["demo: https://huggingface.co/spaces/Org/Demo!", ["https://huggingface.co/spaces/Org/Demo"]],
  ["review copy: https://anonymous.4open.science/r/alkali-B416/README.md.", []],
  ["not a link: mygithub.com/a/b or github.com/alone", []],
])("%s", (text, urls) => {
  expect(extractCodeLinks(text).map((repository) => repository.url)).toEqual(urls);
});

test("the sample papers' abstracts yield one normalised repository per linked project", () => {
  const { papers } = JSON.parse(fs.readFileSync(SAMPLE_PAPERS_FILE, "utf8")) as { papers: { summary: string }[] };
  const urls = papers.flatMap((paper) => extractCodeLinks(paper.summary).map((repository) => repository.url));
  expect(urls).toHaveLength(15);
  expect(new Set(urls).size).toBe(15);
  expect(urls).toContain("https://github.com/hust-slow/seas");
  expect(urls.every((url) => /^https:\/\/github\.com\/[a-z0-9_.-]+\/[a-z0-9_.-]+$/.test(url))).toBe(true);
});
