// A small typed event bus between the Phaser scenes and the DOM panels, so neither
// holds the other: the map says what was hovered, the panels say what to highlight.

interface BusEvents {
  'area-hover': { area: string | null; screenX: number; screenY: number };
  'area-select': { area: string | null };
}

type Handler<T> = (payload: T) => void;

export class Bus {
  private handlers = new Map<keyof BusEvents, Set<Handler<never>>>();

  on<K extends keyof BusEvents>(event: K, handler: Handler<BusEvents[K]>): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof BusEvents>(event: K, payload: BusEvents[K]): void {
    for (const h of this.handlers.get(event) ?? []) (h as Handler<BusEvents[K]>)(payload);
  }
}
