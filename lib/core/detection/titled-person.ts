import type { Mention, Role } from '../entity';

/** A person found by a "title + personal name" or "personal name + title" pattern. */
export interface TitledPersonCandidate {
  name: string;
  /** `official` for a public office (市长, 管委会主任), `person` otherwise (总经理, 记者). */
  type: 'official' | 'person';
  roles: Role[];
  /** Where the name itself stands (the title is not part of the mention). */
  mention: Mention;
  /** Where the first title of the chain starts (`市长` in `宁波市长裘东耀`). */
  titleStart: number;
}
