import { expect, test } from 'vitest';
import { cdnCustomer, ownCdnImage } from './cdnCustomer.ts';

test.each([
  ['https://webmd.imgix.net/uploads/a.jpg', 'webmd'],
  ['https://res.cloudinary.com/quanta/image/upload/v1/a.jpg', 'quanta'],
  ['https://heise-images.b-cdn.net/a.jpg', 'heise-images'],
  ['https://d1x2y3z4abcd.cloudfront.net/a.jpg', 'd1x2y3z4abcd'],
  ['https://baoangiang.com.vn/image/a.jpg', null],
  ['https://imgix.net/a.jpg', null],
  ['not a url', null],
])('cdnCustomer(%s) = %s', (src, customer) => {
  expect(cdnCustomer(src)).toBe(customer);
});

test.each([
  // The publisher's own pictures on a shared image service.
  ['https://webmd.imgix.net/uploads/a.jpg', 'webmd.com', true],
  ['https://res.cloudinary.com/wptavern/image/upload/a.jpg', 'wptavern.com', true],
  ['https://cnn-images.imgix.net/a.jpg', 'cnn.com', true],
  // Must not: a copy site hot-linking the publisher's CDN, a random distribution, a plain foreign host.
  ['https://webmd.imgix.net/uploads/a.jpg', 'tinnhanh-tonghop24h.net', false],
  ['https://d1x2y3z4abcd.cloudfront.net/a.jpg', 'webmd.com', false],
  ['https://static01.nyt.com/images/a.jpg', 'newsbeat-digest.online', false],
  ['https://res.cloudinary.com/demo/image/upload/a.jpg', 'webmd.com', false],
])('ownCdnImage(%s, %s) = %s', (src, site, own) => {
  expect(ownCdnImage(src, site)).toBe(own);
});
