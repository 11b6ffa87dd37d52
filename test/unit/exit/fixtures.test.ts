import { join } from 'node:path';
import { describeFamilyFixtures } from '../dpa/fixtureSuite';

describeFamilyFixtures('exit', join(__dirname, '../../fixtures/exit'));
