// The live page's script: src/server/live-page.ts renders the page; this keeps it live and
// sends the inbox form without leaving the page. Without it, the page still reads and works.
import "./live.css";
import { enhanceInboxForm } from "./inbox-form";
import { startLiveList } from "./live-list";

const list = document.getElementById("papers");
if (list) startLiveList(list);
const inbox = document.getElementById("inbox-form");
if (inbox instanceof HTMLFormElement) enhanceInboxForm(inbox);
