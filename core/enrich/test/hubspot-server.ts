import type { ServerResponse } from 'node:http';
import type { Seen } from '../../http/test/local-server';
import { hubSpotStandIn } from './hubspot/stand-in';

export { hubSpotStandIn, type StandInOptions } from './hubspot/stand-in';
export { hubspotData } from './hubspot/data';

/** The HubSpot stand-in with every scope and no rate limit, for tests that only need a working HubSpot. */
export const hubspotHandler = (req: Seen, res: ServerResponse, token = 'pat-test') =>
  hubSpotStandIn({ token }).handler(req, res);
