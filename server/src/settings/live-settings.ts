import { ImageMap, type ImageMapConfig } from '../runtime/image-map';

/**
 * The settings a step reads when its attempt starts, changed in place by the settings page:
 * the next attempt uses the new value, attempts already running keep the one they started with.
 */
export class LiveSettings {
  private rules: ImageMapConfig;
  private compiled: ImageMap;

  constructor(
    imageMap: ImageMapConfig,
    /** Where outputs without an S3Uri go. */
    public defaultBucket: string,
  ) {
    this.rules = imageMap;
    this.compiled = new ImageMap(imageMap);
  }

  /** The image map's rules as configured. */
  get imageMapRules(): ImageMapConfig {
    return this.rules;
  }

  /** The image map, ready to decide how an image runs. */
  get imageMap(): ImageMap {
    return this.compiled;
  }

  setImageMap(rules: ImageMapConfig): void {
    // Compiled first: a rule that does not compile leaves the old map in place.
    this.compiled = new ImageMap(rules);
    this.rules = rules;
  }
}
