package org.xinqiao.matching.region;

/** The National Bureau of Statistics' four economic areas. */
public enum MacroArea {
  EAST,
  CENTRAL,
  WEST,
  NORTHEAST
}
