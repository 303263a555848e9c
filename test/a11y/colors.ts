/** Colours as the browser resolves them, and WCAG contrast between two of them. */

/**
 * A colour (a system colour, light-dark(), any CSS colour) as computed inside `within`; the probe
 * opts out of forced colours, which would otherwise replace the colour it is asked about.
 */
export function rgb(color: string, within: Element = document.body): [number, number, number] {
  const probe = document.createElement('i');
  probe.style.color = color;
  probe.style.forcedColorAdjust = 'none';
  within.append(probe);
  const m = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [m[0]!, m[1]!, m[2]!];
}

/** WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white). */
export function contrast(a: string, b: string, within?: Element): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color, within).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (light! + 0.05) / (dark! + 0.05);
}
