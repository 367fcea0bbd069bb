import { createLivePubSub, Topic } from "../../src/pubsub/topics";

test("an event reaches 500 subscribers in the publisher's turn and the others in later turns, each hearing events in order", async () => {
  const hub = createLivePubSub();
  const subscriptions = Array.from({ length: 1200 }, () => hub.subscribe(Topic.WATCH_EVENT, 1));
  const firstPulls = subscriptions.map((subscription) => subscription.next()); // each starts listening
  let heard = 0;
  firstPulls.forEach((pull) => void pull.then(() => heard++));

  hub.publish(Topic.WATCH_EVENT, 1, { watchId: 1, eventId: 1 });
  hub.publish(Topic.WATCH_EVENT, 1, { watchId: 1, eventId: 2 });
  await Promise.resolve(); // after the microtasks the publisher's turn queued
  expect(heard).toBe(500);

  const first = await Promise.all(firstPulls);
  const second = await Promise.all(subscriptions.map((subscription) => subscription.next()));
  expect(new Set(first.map(({ value }) => value.eventId))).toEqual(new Set([1]));
  expect(new Set(second.map(({ value }) => value.eventId))).toEqual(new Set([2]));
  await Promise.all(subscriptions.map((subscription) => subscription.return!()));
  expect(hub.listenerCount()).toBe(0);
});
