import express, { type Router } from "express";
import type { AppServices } from "../context";

/** `/`: the live trending page. */
export function livePageRouter(_services: AppServices): Router {
  return express.Router();
}
